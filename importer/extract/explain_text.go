package extract

import (
	"fmt"
	"io"
	"strings"
)

// WriteText prints the explanation for a person: each sentence with its tokens (text/tag,
// gazetteer kind in brackets), its mentions and the actor each resolved to, the decisions
// of the rules (+ made, - tried and refused, with the reason), and the rows of the result
// whose evidence lies in it.
func (e Explanation) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "published: %s\n", orNone(e.Published))
	for i, st := range e.Sentences {
		fmt.Fprintf(&b, "\n[%d] %s\n", i, st.Text)
		if st.Furniture {
			b.WriteString("    furniture: skipped\n")
			continue
		}
		b.WriteString("    tokens:")
		for _, t := range st.Tokens {
			fmt.Fprintf(&b, " %s/%s", t.Text, t.Tag)
			if t.Gazetteer != "" {
				fmt.Fprintf(&b, "[%s]", t.Gazetteer)
			}
		}
		b.WriteString("\n")
		writeTree(&b, st.Parse)
		for _, m := range st.Mentions {
			fmt.Fprintf(&b, "    mention %q %s %s -> %s\n", m.Text, m.Kind, m.Rule, orNone(m.Actor))
		}
		for _, d := range st.Decisions {
			mark := "-"
			if d.Made {
				mark = "+"
			}
			fmt.Fprintf(&b, "    %s %s %s %q", mark, d.Stage, orNone(d.Rule), d.Text)
			if d.Why != "" {
				fmt.Fprintf(&b, ": %s", d.Why)
			}
			b.WriteString("\n")
		}
		for _, c := range e.Result.Contacts {
			if c.Evidence.Start >= st.Start && c.Evidence.Start < st.End {
				fmt.Fprintf(&b, "    => contact %s: %s (%s, %s, date %s %q) at %q\n", c.Evidence.Rule, e.names(c.Participants), c.Mode, c.Status, orNone(c.Date), c.DateText, e.spanText(st, c.Evidence))
			}
		}
		for _, q := range e.Result.Quotes {
			if q.Evidence.Start >= st.Start && q.Evidence.Start < st.End {
				fmt.Fprintf(&b, "    => quote %s: speaker %s (%q): %q\n", q.Evidence.Rule, e.name(q.Speaker), q.SpeakerText, q.Text)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// spanText is the text of a span inside sentence st.
func (e Explanation) spanText(st SentenceTrace, sp Span) string {
	rs := []rune(st.Text)
	from, to := sp.Start-st.Start, sp.End-st.Start
	if from < 0 || to > len(rs) || from > to {
		return ""
	}
	return string(rs[from:to])
}

func (e Explanation) name(i int) string {
	if i < 0 || i >= len(e.Result.Actors) {
		return "none"
	}
	return e.Result.Actors[i].Name
}

func (e Explanation) names(is []int) string {
	var out []string
	for _, i := range is {
		out = append(out, e.name(i))
	}
	return strings.Join(out, " + ")
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// writeTree prints a sentence's dependency tree, one token a line, each dependent indented
// under its head: "nsubj Putin/PROPN" under "root spoke/VERB".
func writeTree(b *strings.Builder, ps []ParseTrace) {
	if len(ps) == 0 {
		return
	}
	b.WriteString("    parse:\n")
	var walk func(head, depth int)
	walk = func(head, depth int) {
		for i, t := range ps {
			if t.Head == head {
				fmt.Fprintf(b, "    %s%s %d:%s/%s\n", strings.Repeat("  ", depth+1), t.Rel, i, t.Text, t.Tag)
				walk(i, depth+1)
			}
		}
	}
	walk(-1, 0)
}
