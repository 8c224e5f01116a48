package db

import (
	"encoding/base64"
	"encoding/json"
	"strconv"
)

// keyset is the decoded page token: where the previous page ended. For tables it is the
// last row's sort value and primary key, so the next page is an index range scan that
// starts right after it (cost independent of how deep the page is, unlike OFFSET). The
// sort column and direction are in the token so that a token cannot be replayed against
// another order. Views have no key; their token holds an offset instead.
type keyset struct {
	Sort   string     `json:"c,omitempty"`
	Desc   bool       `json:"d,omitempty"`
	Null   bool       `json:"n,omitempty"` // the last row's sort value was NULL
	Value  keyValue   `json:"v"`
	Key    []keyValue `json:"k,omitempty"`
	Offset int64      `json:"o,omitempty"` // views only
}

// keyValue is one SQL value with its storage class, so that an integer key comes back as
// an integer (JSON numbers would turn it into a float) and a blob as a blob.
type keyValue struct {
	T string `json:"t"` // n (NULL), i, f, s, b
	V string `json:"v,omitempty"`
}

func toKeyValue(v any) keyValue {
	switch v := v.(type) {
	case int64:
		return keyValue{T: "i", V: strconv.FormatInt(v, 10)}
	case float64:
		return keyValue{T: "f", V: strconv.FormatFloat(v, 'g', -1, 64)}
	case string:
		return keyValue{T: "s", V: v}
	case []byte:
		return keyValue{T: "b", V: base64.StdEncoding.EncodeToString(v)}
	}
	return keyValue{T: "n"}
}

// value decodes a key value; anything malformed is a bad token (a 400: tokens come from
// URLs and may have been edited), never an internal error.
func (k keyValue) value() (any, error) {
	var v any
	var err error
	switch k.T {
	case "i":
		v, err = strconv.ParseInt(k.V, 10, 64)
	case "f":
		v, err = strconv.ParseFloat(k.V, 64)
	case "s":
		v = k.V
	case "b":
		v, err = base64.StdEncoding.DecodeString(k.V)
	case "n":
	default:
		err = strconv.ErrSyntax
	}
	if err != nil {
		return nil, &Error{Code: EINVALID, Message: "bad page token: start again from the first page", Err: err}
	}
	return v, nil
}

func encodeKeyset(k keyset) string {
	b, _ := json.Marshal(k) // cannot fail: strings, bools and ints only
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeKeyset reads a token and checks it belongs to this sort order.
func decodeKeyset(token, sort string, desc bool) (*keyset, error) {
	if token == "" {
		return nil, nil
	}
	bad := Errorf(EINVALID, "bad page token: start again from the first page")
	b, err := base64.RawURLEncoding.DecodeString(token)
	if err != nil {
		return nil, bad
	}
	var k keyset
	if err := json.Unmarshal(b, &k); err != nil || k.Offset < 0 {
		return nil, bad
	}
	if k.Sort != sort || k.Desc != desc {
		return nil, Errorf(EINVALID, "the page token belongs to another sort order: start again from the first page")
	}
	return &k, nil
}

// keyArgs returns the token's key values as bind arguments.
func (k *keyset) keyArgs() ([]any, error) {
	args := make([]any, len(k.Key))
	for i, kv := range k.Key {
		v, err := kv.value()
		if err != nil {
			return nil, err
		}
		args[i] = v
	}
	return args, nil
}
