package db

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// sqlScan is what a light tokenizer learns from ad hoc SQL without parsing it: strings,
// quoted names and comments are skipped, so a ';' or ':x' inside them counts for nothing.
type sqlScan struct {
	first   string   // the first keyword, upper-cased ("SELECT", "WITH", "PRAGMA", ...)
	params  []string // :name, @name and $name parameters in order of first appearance
	matched []string // the parameters that directly follow the keyword MATCH (full-text searches)
	more    bool     // code other than spaces, comments and ';' follows the first statement
	bad     string   // why the SQL cannot run as given (a parameter's name, a NUL), "" when it can
}

// nulSQL is why SQL holding a NUL byte is refused: SQLite stops reading a statement at
// a NUL, so what follows it would be silently dropped (a string cut in two reads as
// "unrecognized token", a cut _where would lose the rest of the page's statement).
const nulSQL = "the SQL holds a NUL character (%00), where SQLite would stop reading it: remove it"

// scanSQL reads sql once, left to right, into an sqlScan.
func scanSQL(sql string) sqlScan {
	var s sqlScan
	if strings.IndexByte(sql, 0) >= 0 {
		s.bad = nulSQL
	}
	seen := map[string]bool{}
	ended := false
	last := "" // the last word read, "" after any other token
	for i := 0; i < len(sql); {
		c := sql[i]
		switch {
		case c == '\'' || c == '"' || c == '`' || c == '[':
			i = skipQuoted(sql, i)
			last = ""
		case strings.HasPrefix(sql[i:], "--"):
			if j := strings.IndexByte(sql[i:], '\n'); j >= 0 {
				i += j + 1
			} else {
				i = len(sql)
			}
		case strings.HasPrefix(sql[i:], "/*"):
			if j := strings.Index(sql[i+2:], "*/"); j >= 0 {
				i += j + 4
			} else {
				i = len(sql)
			}
		case c == ';':
			ended = true
			i++
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			i++
		case ended:
			s.more = true
			return s
		case c == '?':
			if s.bad == "" {
				s.bad = "positional parameters (?) cannot be given values here: name them, as in :value"
			}
			i++
		case (c == ':' || c == '@' || c == '$') && i+1 < len(sql) && isNameByte(sql[i+1]):
			j := nameEnd(sql, i+1)
			name := sql[i+1 : j]
			// SQLite also reads Tcl-style names, $a(b) and $a::b (with any of the three
			// prefixes); a URL parameter cannot name them, so they are refused by name.
			if j < len(sql) && (sql[j] == '(' || strings.HasPrefix(sql[j:], "::")) {
				if s.bad == "" {
					s.bad = "parameter " + sql[i:min(j+1, len(sql))] + "... is not a plain name: " +
						"parameters are :name, @name or $name with letters, digits and _"
				}
				i = tclNameEnd(sql, j)
				continue
			}
			if !seen[name] {
				seen[name] = true
				s.params = append(s.params, name)
			}
			if strings.EqualFold(last, "MATCH") && !slices.Contains(s.matched, name) {
				s.matched = append(s.matched, name)
			}
			last = ""
			i = j
		case isNameByte(c):
			j := nameEnd(sql, i)
			if s.first == "" {
				s.first = strings.ToUpper(sql[i:j])
			}
			last = sql[i:j]
			i = j
		default:
			if s.first == "" {
				s.first = string(c)
			}
			last = ""
			i++
		}
	}
	return s
}

// skipQuoted returns the index after the quoted token starting at i ('..', "..", `..`
// with doubled quotes inside, [..]); an unterminated one runs to the end.
func skipQuoted(sql string, i int) int {
	end := sql[i]
	if end == '[' {
		end = ']'
	}
	for j := i + 1; j < len(sql); j++ {
		if sql[j] != end {
			continue
		}
		if end != ']' && j+1 < len(sql) && sql[j+1] == end {
			j++
			continue
		}
		return j + 1
	}
	return len(sql)
}

func isNameByte(c byte) bool {
	return c == '_' || c >= utf8.RuneSelf || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// tclNameEnd returns the end of the Tcl-style tail of a parameter starting at i, as
// SQLite's tokenizer reads it: "(...)" up to a space or ')', or "::name" repeated.
func tclNameEnd(sql string, i int) int {
	for i < len(sql) {
		switch {
		case sql[i] == '(':
			for i < len(sql) && sql[i] != ')' && sql[i] != ' ' && sql[i] != '\t' && sql[i] != '\n' {
				i++
			}
			if i < len(sql) && sql[i] == ')' {
				i++
			}
			return i
		case strings.HasPrefix(sql[i:], "::"):
			i = nameEnd(sql, i+2)
		default:
			return i
		}
	}
	return i
}

func nameEnd(sql string, i int) int {
	for i < len(sql) && isNameByte(sql[i]) {
		i++
	}
	return i
}

// QueryParams lists the :named parameters of sql (also @name and $name) in order of
// first appearance, ignoring any inside string literals, quoted names and comments.
func QueryParams(sql string) []string { return scanSQL(sql).params }

// stripQuoted is sql with its quoted strings and identifiers removed, so that a search
// for ';' or '?' finds only SQL's own.
func stripQuoted(sql string) string {
	var b strings.Builder
	for i := 0; i < len(sql); {
		switch c := sql[i]; c {
		case '\'', '"', '`', '[':
			i = skipQuoted(sql, i)
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}
