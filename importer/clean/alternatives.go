package clean

import (
	"regexp/syntax"
	"strings"
)

// backtrackInsts is the largest program Go's regexp runs with its backtracker (the
// regexp package's maxBacktrackProg). A larger one runs on its NFA, whose matcher holds two
// queues of an entry per instruction, taken from a pool the collector empties: the widget
// pattern's thousand instructions made each try of a short line cost more than the rest
// of cleaning the article.
const backtrackInsts = 500

// groupInsts bounds the program of a part of newAnchoredAlts, with room to spare.
const groupInsts = backtrackInsts - 50

// newAnchoredAlts compiles head + the alternatives joined by "|" + tail, a pattern
// anchored at the start (head opens the group of alternatives, tail closes it). When its
// program is too large for the backtracker, MatchString asks parts of the same shape over
// consecutive groups of the alternatives instead, each small enough and with filters of
// its own: a text matches the pattern exactly when it matches one of them.
func newAnchoredAlts(head string, alts []string, tail string) anchored {
	expr := head + strings.Join(alts, "|") + tail
	a := newAnchored(expr)
	if insts(expr) < backtrackInsts {
		return a
	}
	var group []string
	size := 0
	flush := func() {
		if len(group) > 0 {
			a.parts = append(a.parts, newAnchored(head+strings.Join(group, "|")+tail))
		}
		group, size = nil, 0
	}
	for _, alt := range alts {
		n := insts(head + alt + tail)
		if len(group) > 0 && size+n >= groupInsts {
			flush()
		}
		group, size = append(group, alt), size+n
	}
	flush()
	return a
}

// insts returns the number of instructions of the program regexp compiles from expr.
func insts(expr string) int {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic("clean: " + err.Error())
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		panic("clean: " + err.Error())
	}
	return len(prog.Inst)
}
