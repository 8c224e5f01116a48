package db

import (
	"crypto/rand"
	"database/sql/driver"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"modernc.org/sqlite"
)

// SQLite checks its time limit only between the steps of a statement, never inside one
// function call, and a few built-in functions do work quadratic in their arguments:
// instr and replace compare the needle at every offset (instr over a 2 MB string took
// 27.6 s under a 1 s limit), trim compares every character with every character of the
// set, LIKE and GLOB backtrack. The sandbox replaces them with Go versions that are linear
// (strings.Index), or that give up with an error after a budget of steps, so that no
// single call can outlast the time limit by much. Semantics follow SQLite's: NULL in,
// NULL out; text positions count characters; numbers are read as their text.

// patternBudget bounds the steps of one LIKE or GLOB call: about 0.1-0.2 s of work.
const patternBudget = 20_000_000

// errPatternTooComplex is what a LIKE or GLOB that exhausts its budget answers.
var errPatternTooComplex = errors.New("LIKE or GLOB pattern too complex: it would take too long to match; simplify the pattern")

// sandboxFunctions registers the replacements on drv; maxLen is the connection's
// SQLITE_LIMIT_LENGTH, checked before a result is built rather than after.
func sandboxFunctions(drv *sqlite.Driver, maxLen int) {
	fns := []struct {
		name string
		n    int32
		fn   func(*sqlite.FunctionContext, []driver.Value) (driver.Value, error)
	}{
		{"instr", 2, fnInstr},
		{"replace", 3, func(_ *sqlite.FunctionContext, a []driver.Value) (driver.Value, error) { return fnReplace(a, maxLen) }},
		{"trim", 2, func(_ *sqlite.FunctionContext, a []driver.Value) (driver.Value, error) { return fnTrim(a, true, true) }},
		{"ltrim", 2, func(_ *sqlite.FunctionContext, a []driver.Value) (driver.Value, error) { return fnTrim(a, true, false) }},
		{"rtrim", 2, func(_ *sqlite.FunctionContext, a []driver.Value) (driver.Value, error) { return fnTrim(a, false, true) }},
		{"like", -1, fnLike}, // the driver keys functions by name: one variadic for both forms
		{"glob", 2, fnGlob},
	}
	for _, f := range fns {
		drv.MustRegisterDeterministicScalarFunction(f.name, f.n, f.fn)
	}
	// The row functions copy every argument into the text they build and keep none, so
	// the driver may hand them SQLite's own bytes instead of a Go copy of each value
	// (VolatileArgs): on a JSON page those copies were a fifth of its allocations.
	for _, f := range []struct {
		name string
		fn   func(*sqlite.FunctionContext, []driver.Value) (driver.Value, error)
	}{
		{csvRowFunc, fnCSVRow},
		{jsonRowFunc, (&jsonKeyCache{}).fnJSONRow},
	} {
		drv.MustRegisterFunction(f.name, &sqlite.FunctionImpl{NArgs: -1, Deterministic: true, VolatileArgs: true, Scalar: f.fn})
	}
	drv.MustRegisterScalarFunction("randomblob", 1, func(_ *sqlite.FunctionContext, a []driver.Value) (driver.Value, error) {
		return fnRandomblob(a, maxLen)
	})
}

// fnRandomblob is randomblob(N): N random bytes (at least one). SQLite's generator made
// 99 MB in 3 s of one uninterruptible call; this one refuses more than maxLen first and
// fills the rest about a hundred times faster.
func fnRandomblob(a []driver.Value, maxLen int) (driver.Value, error) {
	var n int64
	switch v := a[0].(type) {
	case int64:
		n = v
	case float64:
		n = int64(v)
	case string:
		n, _ = strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	}
	if n > int64(maxLen) {
		return nil, errTooBig
	}
	b := make([]byte, max(n, 1))
	rand.Read(b) // never fails (Go 1.24+)
	return b, nil
}

// sqlText is a value as SQLite reads it as text; ok is false for NULL.
func sqlText(v driver.Value) (string, bool) {
	switch v := v.(type) {
	case nil:
		return "", false
	case string:
		return v, true
	case []byte:
		return string(v), true
	case int64:
		return strconv.FormatInt(v, 10), true
	case float64:
		return realText(v), true
	case bool:
		if v {
			return "1", true
		}
		return "0", true
	}
	return "", false
}

// realText writes a REAL as SQLite does: the shortest form that reads back the same,
// always with a decimal point ("1.0", "1.0e+20").
func realText(f float64) string {
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if strings.ContainsAny(s, ".IN") {
		return s
	}
	if i := strings.IndexByte(s, 'e'); i >= 0 {
		return s[:i] + ".0" + s[i:]
	}
	return s + ".0"
}

// fnInstr is instr(X, Y): the 1-based position of the first Y in X, in characters (in
// bytes when both are blobs), 0 when absent.
func fnInstr(_ *sqlite.FunctionContext, a []driver.Value) (driver.Value, error) {
	x, ok1 := sqlText(a[0])
	y, ok2 := sqlText(a[1])
	if !ok1 || !ok2 {
		return nil, nil
	}
	i := strings.Index(x, y)
	if i < 0 {
		return int64(0), nil
	}
	_, xb := a[0].([]byte)
	_, yb := a[1].([]byte)
	if xb && yb {
		return int64(i + 1), nil
	}
	return int64(utf8.RuneCountInString(x[:i]) + 1), nil
}

// fnReplace is replace(X, Y, Z): every Y in X replaced by Z; an empty Y changes nothing.
func fnReplace(a []driver.Value, maxLen int) (driver.Value, error) {
	x, ok1 := sqlText(a[0])
	y, ok2 := sqlText(a[1])
	z, ok3 := sqlText(a[2])
	if !ok1 || !ok2 || !ok3 {
		return nil, nil
	}
	if y == "" {
		return x, nil
	}
	if len(z) > len(y) {
		if n := strings.Count(x, y); len(x)+n*(len(z)-len(y)) > maxLen {
			return nil, errTooBig
		}
	}
	return strings.ReplaceAll(x, y, z), nil
}

// errTooBig is SQLite's own wording for a value over SQLITE_LIMIT_LENGTH.
var errTooBig = errors.New("string or blob too big")

// fnTrim is trim/ltrim/rtrim(X, Y): the characters of Y removed from X's ends, with a set
// built once so that the work is linear.
func fnTrim(a []driver.Value, left, right bool) (driver.Value, error) {
	x, ok1 := sqlText(a[0])
	y, ok2 := sqlText(a[1])
	if !ok1 || !ok2 {
		return nil, nil
	}
	set := map[rune]bool{}
	for _, r := range y {
		set[r] = true
	}
	in := func(r rune) bool { return set[r] }
	if left {
		x = strings.TrimLeftFunc(x, in)
	}
	if right {
		x = strings.TrimRightFunc(x, in)
	}
	return x, nil
}

// fnLike is like(P, X [, E]), that is X LIKE P [ESCAPE E]: '%' any run, '_' one
// character, ASCII letters equal in either case. Blobs never match (the driver is built
// with SQLITE_LIKE_DOESNT_MATCH_BLOBS).
func fnLike(_ *sqlite.FunctionContext, a []driver.Value) (driver.Value, error) {
	if len(a) != 2 && len(a) != 3 {
		return nil, errors.New("wrong number of arguments to function like()")
	}
	p, ok1 := sqlText(a[0])
	x, ok2 := sqlText(a[1])
	if !ok1 || !ok2 {
		return nil, nil
	}
	esc := rune(-1)
	if len(a) == 3 {
		e, ok := sqlText(a[2])
		if !ok {
			return nil, nil
		}
		if utf8.RuneCountInString(e) != 1 {
			return nil, errors.New("ESCAPE expression must be a single character")
		}
		esc, _ = utf8.DecodeRuneInString(e)
	}
	if isBlob(a[0]) || isBlob(a[1]) {
		return int64(0), nil
	}
	m, err := matchPattern(likeTokens(p, esc), x, true)
	return boolInt(m), err
}

// fnGlob is glob(P, X), that is X GLOB P: '*' any run, '?' one character, [...] a class.
func fnGlob(_ *sqlite.FunctionContext, a []driver.Value) (driver.Value, error) {
	p, ok1 := sqlText(a[0])
	x, ok2 := sqlText(a[1])
	if !ok1 || !ok2 {
		return nil, nil
	}
	if isBlob(a[0]) || isBlob(a[1]) {
		return int64(0), nil
	}
	m, err := matchPattern(globTokens(p), x, false)
	return boolInt(m), err
}

func isBlob(v driver.Value) bool { _, ok := v.([]byte); return ok }

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}
