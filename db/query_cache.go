package db

import (
	"strings"
	"sync"
)

// Answers of ad hoc SQL are kept per file generation when the statement cannot answer
// differently on the same file (answerCacheable): a dashboard or a shared link that runs
// the same count over a million rows costs its statement once per version of the file.
// The bounds keep the cache from becoming a way to fill the server's memory: an answer
// is kept only under maxAnswerBytes, and a generation keeps at most maxAnswersBytes, past
// which it starts again empty.
const (
	maxAnswerBytes  = 64 << 10
	maxAnswersBytes = 8 << 20
)

// answerCache is one generation's kept answers, by statement and parameters.
type answerCache struct {
	mu      sync.Mutex
	entries map[string]*Result
	bytes   int
}

// get returns a copy of the kept answer (its rows are shared: read them only).
func (a *answerCache) get(key string) (*Result, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	res, ok := a.entries[key]
	if !ok {
		return nil, false
	}
	cp := *res
	return &cp, true
}

// put keeps res under key when it is small enough.
func (a *answerCache) put(key string, res *Result) {
	size := len(key)
	for _, row := range res.Rows {
		for _, v := range row {
			size += valueSize(v)
		}
	}
	if size > maxAnswerBytes {
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.entries == nil || a.bytes+size > maxAnswersBytes {
		a.entries, a.bytes = map[string]*Result{}, 0
	}
	cp := *res
	a.entries[key], a.bytes = &cp, a.bytes+size
}

// answerCacheable reports whether a statement's answer depends only on the file: a
// SELECT or WITH whose every function call is one of deterministicFunctions. It is
// conservative: a comment, a quoted name before a parenthesis, or any other function
// (random(), date('now'), a table-valued pragma) makes it false.
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
	if strings.Contains(s, "--") || strings.Contains(s, "/*") {
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

// answerKey is the cache key of a statement with its bound parameters.
func answerKey(query string, args []any) string {
	return derivedKey("answer", query, args)
}
