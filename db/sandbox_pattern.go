package db

import (
	"strings"
	"unicode/utf8"
)

// A pattern is a list of tokens, shared by LIKE ('%', '_', ESCAPE) and GLOB ('*', '?',
// [...]): a run of anything, one character, a literal, a class, or nothing (a pattern
// SQLite reads as matching no string: an unclosed '[' or a trailing escape).
type patTok struct {
	kind  patKind
	lit   rune
	class []runeRange
	neg   bool
}

type patKind uint8

const (
	patRun patKind = iota
	patOne
	patLit
	patClass
	patNever
)

type runeRange struct{ lo, hi rune }

func (t patTok) matches(r rune) bool {
	switch t.kind {
	case patOne:
		return true
	case patLit:
		return t.lit == r
	case patClass:
		in := false
		for _, c := range t.class {
			if c.lo <= r && r <= c.hi {
				in = true
				break
			}
		}
		return in != t.neg
	}
	return false
}

// likeTokens reads a LIKE pattern; literals are ASCII-lowered (matchPattern lowers the
// string too), esc < 0 means no ESCAPE.
func likeTokens(p string, esc rune) []patTok {
	var out []patTok
	for i := 0; i < len(p); {
		r, w := utf8.DecodeRuneInString(p[i:])
		i += w
		switch {
		case r == esc:
			if i == len(p) {
				return append(out, patTok{kind: patNever})
			}
			r, w = utf8.DecodeRuneInString(p[i:])
			i += w
			out = append(out, patTok{kind: patLit, lit: asciiLowerRune(r)})
		case r == '%':
			out = append(out, patTok{kind: patRun})
		case r == '_':
			out = append(out, patTok{kind: patOne})
		default:
			out = append(out, patTok{kind: patLit, lit: asciiLowerRune(r)})
		}
	}
	return out
}

// globTokens reads a GLOB pattern: '*', '?', and classes "[a-z]", "[^0-9]", "[]x]".
func globTokens(p string) []patTok {
	var out []patTok
	for i := 0; i < len(p); {
		r, w := utf8.DecodeRuneInString(p[i:])
		i += w
		switch r {
		case '*':
			out = append(out, patTok{kind: patRun})
		case '?':
			out = append(out, patTok{kind: patOne})
		case '[':
			t, n, ok := globClass(p[i:])
			if !ok {
				return append(out, patTok{kind: patNever})
			}
			out = append(out, t)
			i += n
		default:
			out = append(out, patTok{kind: patLit, lit: r})
		}
	}
	return out
}

// globClass reads a class after its '[' and returns it with the bytes it used.
func globClass(p string) (patTok, int, bool) {
	t := patTok{kind: patClass}
	i := 0
	if strings.HasPrefix(p, "^") {
		t.neg = true
		i++
	}
	first := true
	for i < len(p) {
		r, w := utf8.DecodeRuneInString(p[i:])
		i += w
		if r == ']' && !first {
			return t, i, true
		}
		first = false
		if strings.HasPrefix(p[i:], "-") && i+1 < len(p) && p[i+1] != ']' {
			hi, w2 := utf8.DecodeRuneInString(p[i+1:])
			i += 1 + w2
			t.class = append(t.class, runeRange{r, hi})
			continue
		}
		t.class = append(t.class, runeRange{r, r})
	}
	return t, i, false
}

// matchPattern matches s against p with the classic greedy algorithm: remember the last
// run token and, on a mismatch, let it swallow one more character. After a run, the
// literal text that follows it is found with strings.Index, so "%word%" over a 50 MB
// article is one linear scan; what is left (backtracking over near-misses) counts steps
// and gives up after patternBudget of them.
func matchPattern(p []patTok, s string, fold bool) (bool, error) {
	if fold {
		s = asciiLower(s)
	}
	lits := literalRuns(p)
	pi, si := 0, 0
	star, starS := -1, 0
	// resume places the run's end where the literal after it next occurs, if any; false
	// when it occurs no more, and then no placement of any run can match.
	resume := func() bool {
		if lit := lits[star+1]; lit != "" {
			j := strings.Index(s[starS:], lit)
			if j < 0 {
				return false
			}
			starS += j
		}
		pi, si = star+1, starS
		return true
	}
	for steps := 1; ; steps++ {
		if steps > patternBudget {
			return false, errPatternTooComplex
		}
		if pi < len(p) && p[pi].kind == patRun {
			star, starS = pi, si
			if !resume() {
				return false, nil
			}
			continue
		}
		if pi < len(p) && si < len(s) {
			r, w := utf8.DecodeRuneInString(s[si:])
			if p[pi].matches(r) {
				pi++
				si += w
				continue
			}
		} else if pi == len(p) && si == len(s) {
			return true, nil
		}
		if star < 0 || starS >= len(s) {
			return false, nil
		}
		_, w := utf8.DecodeRuneInString(s[starS:])
		starS += w
		if !resume() {
			return false, nil
		}
	}
}

// literalRuns gives, for each token index i that follows a run, the literal text that
// starts there (the runes of consecutive literal tokens), "" elsewhere; one extra entry
// for the end. Only positions after a run are filled, so the work is linear.
func literalRuns(p []patTok) []string {
	out := make([]string, len(p)+1)
	var b strings.Builder
	for i := 1; i < len(p); i++ {
		if p[i-1].kind != patRun || p[i].kind != patLit {
			continue
		}
		b.Reset()
		for j := i; j < len(p) && p[j].kind == patLit; j++ {
			b.WriteRune(p[j].lit)
		}
		out[i] = b.String()
	}
	return out
}

func asciiLowerRune(r rune) rune {
	if 'A' <= r && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}

// asciiLower lowers ASCII letters only, as SQLite's LIKE does; byte widths are kept.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
