package db

import (
	"database/sql/driver"
	"encoding/base64"
	"encoding/json"
	"math"
	"strconv"

	"modernc.org/sqlite"
)

// jsonRowFunc is the SQL function that writes a row as one JSON object inside SQLite:
// hotline_json_row('id', id, 'title', title, ...) is {"id":1,"title":"..."}. A JSON page
// read through the driver fetches every value on its own, each fetch taking and dropping
// the connection's mutex twice; one text per row costs two. Values are written as
// AppendJSONValue writes them.
const jsonRowFunc = "hotline_json_row"

// fnJSONRow is hotline_json_row(name1, value1, name2, value2, ...).
func fnJSONRow(_ *sqlite.FunctionContext, a []driver.Value) (driver.Value, error) {
	b := make([]byte, 0, 256)
	b = append(b, '{')
	for i := 0; i+1 < len(a); i += 2 {
		if i > 0 {
			b = append(b, ',')
		}
		name, _ := a[i].(string)
		b = appendJSONString(b, name)
		b = append(b, ':')
		b = AppendJSONValue(b, a[i+1])
	}
	return string(append(b, '}')), nil
}

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
