package db

import (
	"database/sql/driver"
	"encoding/base64"
	"strconv"
	"unicode"
	"unicode/utf8"

	"modernc.org/sqlite"
)

// csvRowFunc is the SQL function that writes a row as one line of CSV inside SQLite. A
// whole-table export read through the driver fetches every value on its own, and each
// fetch takes and drops the connection's mutex twice: that was half of a 1M-row CSV
// stream's CPU. One text value per row costs two. The line is what encoding/csv writes
// for the values as the explorer writes them (NULL empty, binary as base64, numbers as
// their shortest text), ending in "\n".
const csvRowFunc = "hotline_csv_row"

// fnCSVRow is hotline_csv_row(v1, v2, ...).
func fnCSVRow(_ *sqlite.FunctionContext, a []driver.Value) (driver.Value, error) {
	b := make([]byte, 0, 128)
	for i, v := range a {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendCSVValue(b, v)
	}
	return bytesText(append(b, '\n')), nil
}

// appendCSVValue appends one value as a CSV field.
func appendCSVValue(b []byte, v driver.Value) []byte {
	switch x := v.(type) {
	case nil:
		return b
	case int64:
		return strconv.AppendInt(b, x, 10)
	case float64:
		return strconv.AppendFloat(b, x, 'f', -1, 64)
	case []byte:
		return base64.StdEncoding.AppendEncode(b, x)
	case string:
		return appendCSVField(b, x)
	}
	return b
}

// appendCSVField appends s as encoding/csv.Writer does with its defaults (comma, "\n"
// line ends): quoted when it holds a comma, a quote, CR or LF, starts with a space, or
// is `\.`, with quotes doubled.
func appendCSVField(b []byte, s string) []byte {
	if !csvNeedsQuotes(s) {
		return append(b, s...)
	}
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			b = append(b, '"')
		}
		b = append(b, s[i])
	}
	return append(b, '"')
}

// csvNeedsQuotes is encoding/csv's fieldNeedsQuotes for a comma separator.
func csvNeedsQuotes(s string) bool {
	if s == "" {
		return false
	}
	if s == `\.` {
		return true
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', '"', '\r', '\n':
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}
