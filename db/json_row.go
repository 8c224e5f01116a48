package db

import (
	"database/sql/driver"
	"encoding/base64"
	"encoding/json"
	"errors"
	"math"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"modernc.org/sqlite"
)

// jsonRowFunc is the SQL function that writes a row as one JSON object inside SQLite:
// hotline_json_row(keys, id, title, ...) is {"id":1,"title":"..."}, where keys is
// jsonRowKeys of the column names. A JSON page read through the driver fetches every
// value on its own, each fetch taking and dropping the connection's mutex twice; one text
// per row costs two. Values are written as AppendJSONValue writes them.
const jsonRowFunc = "hotline_json_row"

// jsonRowKeys is the first argument of hotline_json_row: each name JSON-encoded with its
// colon, one per line (JSON text cannot hold a raw newline, so the lines cannot be
// confused). One argument for all the names costs the driver one conversion per row
// instead of one per column.
func jsonRowKeys(names []string) string {
	var b []byte
	for i, n := range names {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(appendJSONString(b, n), ':')
	}
	return string(b)
}

// jsonKeyCache keeps the split keys of hotline_json_row's first argument: a page calls it
// a hundred times with the same one. It is a connection driver's, so it lives as long as
// the file generation; past jsonKeyCacheSize distinct column lists it starts again.
type jsonKeyCache struct {
	mu     sync.Mutex
	keys   map[string]*jsonKeys
	latest atomic.Pointer[jsonKeys] // the last looked up: most rows find theirs here unlocked
}

// jsonKeys are one column list's keys, and the length of the last row written with them:
// rows of a page are about the same size, so the next row's buffer is allocated once at
// about the right size instead of growing two or three times.
type jsonKeys struct {
	raw   string // the argument they were split from
	names []string
	last  atomic.Int64
}

const jsonKeyCacheSize = 256

// split returns the keys of a row's first argument. The argument is SQLite's own memory
// (the function's arguments are volatile): what is kept is a copy.
func (c *jsonKeyCache) split(keys string) *jsonKeys {
	if k := c.latest.Load(); k != nil && k.raw == keys {
		return k
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	k, ok := c.keys[keys]
	if !ok {
		if c.keys == nil || len(c.keys) >= jsonKeyCacheSize {
			c.keys = map[string]*jsonKeys{}
		}
		keys = strings.Clone(keys)
		k = &jsonKeys{raw: keys, names: strings.Split(keys, "\n")}
		c.keys[keys] = k
	}
	c.latest.Store(k)
	return k
}

// fnJSONRow is hotline_json_row(keys, value1, value2, ...).
func (c *jsonKeyCache) fnJSONRow(_ *sqlite.FunctionContext, a []driver.Value) (driver.Value, error) {
	if len(a) == 0 {
		return nil, errors.New(jsonRowFunc + " needs its keys")
	}
	keys, _ := a[0].(string)
	k := c.split(keys)
	if len(k.names) != len(a)-1 {
		return nil, errors.New(jsonRowFunc + ": the keys do not match the values")
	}
	last := k.last.Load()
	b := make([]byte, 0, max(64, last+last/4))
	b = append(b, '{')
	for i, v := range a[1:] {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, k.names[i]...)
		b = AppendJSONValue(b, v)
	}
	b = append(b, '}')
	k.last.Store(int64(len(b)))
	return bytesText(b), nil
}

// bytesText is b as a string without a copy, for a buffer that its builder never
// touches again: the driver copies a function's result into SQLite at once.
func bytesText(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// AppendJSONValue appends an SQL value as the explorer's JSON writes it, byte for byte
// what encoding/json writes: NULL (and the NaN or infinity JSON has no word for) as
// null, a blob as {"$base64":true,"encoded":"..."} as Datasette writes it, text with
// encoding/json's escapes (including <, > and &). Any other Go value is marshalled.
func AppendJSONValue(b []byte, v any) []byte {
	switch x := v.(type) {
	case nil:
		return append(b, "null"...)
	case int64:
		return strconv.AppendInt(b, x, 10)
	case string:
		return appendJSONString(b, x)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return append(b, "null"...)
		}
	case []byte:
		b = append(b, `{"$base64":true,"encoded":"`...)
		return append(base64.StdEncoding.AppendEncode(b, x), `"}`...)
	}
	m, err := json.Marshal(v)
	if err != nil {
		return append(b, "null"...)
	}
	return append(b, m...)
}

// appendJSONString appends s as a JSON string: as it is between quotes when it is
// printable ASCII without anything encoding/json escapes, else through encoding/json.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c >= 0x7f, c == '"', c == '\\', c == '<', c == '>', c == '&':
			m, _ := json.Marshal(s)
			return append(b, m...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}
