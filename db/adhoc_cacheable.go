package db

import (
	"strconv"
	"strings"
)

// answerCacheable reports whether a statement's answer depends only on the file: a
// SELECT or WITH whose every function call is one of deterministicFunctions and that
// names none of SQL's clock keywords. It is conservative: a comment, a quoted name before
// a parenthesis, or any other function (random(), changes(), date('now'), a table-valued
// pragma) makes it false. Only such statements are kept (adhoc_cache.go) or shared
// between requests running them at once (adhoc_flight.go): two runs of random() must
// not give one value.
func answerCacheable(query string) bool {
	scan := scanSQL(query)
	if scan.first != "SELECT" && scan.first != "WITH" {
		return false
	}
	var b strings.Builder // the query with each quoted part replaced by one '"'
	for i := 0; i < len(query); {
		switch c := query[i]; c {
		case '\'', '"', '`', '[':
			i = skipQuoted(query, i)
			b.WriteByte('"')
		default:
			b.WriteByte(c)
			i++
		}
	}
	s := strings.ToLower(b.String())
	if strings.Contains(s, "--") || strings.Contains(s, "/*") || readsClock(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '(' {
			continue
		}
		j := i
		for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\n' || s[j-1] == '\r') {
			j--
		}
		k := j
		for k > 0 && identByte(s[k-1]) {
			k--
		}
		switch name := s[k:j]; {
		case name != "":
			if !deterministicFunction(name) && !keywordBeforeParen(name) {
				return false
			}
		case j == 0 || !strings.ContainsRune("(,=<>!+-*%|&~", rune(s[j-1])):
			return false
		}
	}
	return true
}

// readsClock reports whether s, lower-cased SQL with its quoted parts blanked, names
// current_date, current_time or current_timestamp: keywords that read the clock without
// the parentheses of a function call.
func readsClock(s string) bool {
	for i := 0; i < len(s); {
		if !identByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && identByte(s[j]) {
			j++
		}
		switch s[i:j] {
		case "current_date", "current_time", "current_timestamp":
			return true
		}
		i = j
	}
	return false
}

func identByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// deterministicFunction reports a function that answers the same for the same
// arguments (SQLite's own, and the sandbox's replacements of instr, replace, trim, like
// and glob).
func deterministicFunction(name string) bool {
	switch name {
	case "count", "sum", "total", "avg", "min", "max", "group_concat", "length", "lower",
		"upper", "substr", "substring", "trim", "ltrim", "rtrim", "replace", "instr",
		"coalesce", "ifnull", "nullif", "iif", "abs", "round", "cast", "typeof", "hex",
		"like", "glob", "printf", "format", "char", "unicode":
		return true
	}
	return false
}

// keywordBeforeParen reports a word that may stand before a parenthesis without being a
// function call.
func keywordBeforeParen(name string) bool {
	switch name {
	case "in", "exists", "values", "as", "and", "or", "not", "on", "using", "from", "join",
		"where", "select", "when", "then", "else", "by", "is", "between", "having", "union",
		"all", "distinct":
		return true
	}
	return false
}

// answerKey is the key of a statement's answer: its text, its bound parameters and the
// row limit it ran under (the Reader's, so one key per statement today; kept in the key
// so that an answer cut at another limit can never be served).
func answerKey(query string, args []any, rowLimit int) string {
	return derivedKey("answer:"+strconv.Itoa(rowLimit), query, args)
}
