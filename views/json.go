package views

import (
	"encoding/json"
	"slices"
	"strings"

	"hotline/db"
)

// jsonWriter writes a result in one of Datasette's shapes, a row at a time:
//
//	objects (default) {"ok": true, ..., "columns": [...], "rows": [{"col": value}], "next": ...}
//	arrays            the same with each row a list of values
//	array             a bare list of row objects
//	arrayfirst        a bare list of each row's first value
//	object            an object keyed by primary key ("a,b" for composite keys)
//
// With nl (_nl=on, array shape only) the rows are newline-delimited objects without the
// surrounding brackets, as Datasette writes them. Columns named in jsonCols (_json) that
// hold valid JSON text are written as that JSON rather than as a string.
type jsonWriter struct {
	out      flusher
	shape    string
	head     []field
	pk       []string
	columns  []string
	pkIdx    []int
	n        int
	nl       bool
	jsonCols []string
	isJSON   []bool
	// rawRows: each row is one string, the row's JSON object already written by SQLite
	// (db.Result.JSONRows), for the objects and array shapes.
	rawRows bool
	scratch []byte
}

func (j *jsonWriter) begin(columns []string) error {
	j.columns = columns
	j.isJSON = make([]bool, len(columns))
	for i, c := range columns {
		j.isJSON[i] = slices.Contains(j.jsonCols, c)
	}
	if j.shape == "object" {
		for _, k := range j.pk {
			i := slices.Index(columns, k)
			if i < 0 {
				return invalid("_shape=object needs the primary key column %q among the columns", k)
			}
			j.pkIdx = append(j.pkIdx, i)
		}
		if len(j.pkIdx) == 0 {
			return invalid("_shape=object needs a table with a primary key")
		}
	}
	switch {
	case j.nl:
		return nil
	case j.shape == "array" || j.shape == "arrayfirst":
		return j.raw("[")
	case j.shape == "object":
		return j.raw("{")
	}
	j.raw(`{"ok":true`)
	for _, f := range j.head {
		j.field(f)
	}
	j.field(field{"columns", columns})
	return j.raw(`,"rows":[`)
}

func (j *jsonWriter) row(values []any) error {
	switch {
	case j.nl:
		if j.n > 0 {
			j.raw("\n")
		}
	case j.n > 0:
		j.raw(",")
	}
	j.n++
	switch j.shape {
	case "arrayfirst":
		if len(values) > 0 {
			j.cell(0, values[0])
		} else {
			j.raw("null")
		}
	case "arrays":
		j.raw("[")
		for i, v := range values {
			if i > 0 {
				j.raw(",")
			}
			j.cell(i, v)
		}
		j.raw("]")
	case "object":
		key := make([]string, len(j.pkIdx))
		for i, c := range j.pkIdx {
			key[i] = valueText(values[c])
		}
		j.value(strings.Join(key, ","))
		j.raw(":")
		j.object(values)
	default:
		j.object(values)
	}
	return j.out.tick()
}

func (j *jsonWriter) end(trailer []field) error {
	switch {
	case j.nl:
		if j.n > 0 {
			j.raw("\n")
		}
	case j.shape == "array" || j.shape == "arrayfirst":
		j.raw("]\n")
	case j.shape == "object":
		j.raw("}\n")
	default:
		j.raw("]")
		for _, f := range trailer {
			j.field(f)
		}
		j.raw("}\n")
	}
	return j.out.finish()
}

// object writes one row as {"column": value, ...} in column order.
func (j *jsonWriter) object(values []any) {
	if j.rawRows {
		s, _ := values[0].(string)
		j.raw(s)
		return
	}
	j.raw("{")
	for i, v := range values {
		if i > 0 {
			j.raw(",")
		}
		j.value(j.columns[i])
		j.raw(":")
		j.cell(i, v)
	}
	j.raw("}")
}

// cell writes the value of column i: JSON text as JSON for a _json column, else the value.
func (j *jsonWriter) cell(i int, v any) {
	if s, ok := v.(string); ok && i < len(j.isJSON) && j.isJSON[i] && json.Valid([]byte(s)) {
		j.raw(s)
		return
	}
	j.value(jsonValue(v))
}

// field writes ,"key":value.
func (j *jsonWriter) field(f field) {
	j.raw(",")
	j.value(f.Key)
	j.raw(":")
	j.value(f.Value)
}

// value writes one JSON value, as encoding/json would (db.AppendJSONValue: the common
// cells skip its reflection, a fifth of a JSON page's CPU). Everything passed here comes
// from jsonValue or is built by the explorer, so a marshalling error is a bug; it is
// written as null rather than breaking the document half-way.
func (j *jsonWriter) value(v any) {
	j.scratch = db.AppendJSONValue(j.scratch[:0], v)
	j.out.buf.Write(j.scratch)
}

// raw writes literal JSON punctuation. Write errors stick in the bufio.Writer and come
// out of the next flush.
func (j *jsonWriter) raw(s string) error {
	_, err := j.out.buf.WriteString(s)
	return err
}
