package extract

import (
	"fmt"

	"hotline/importer/dates"
	"hotline/importer/extract/trace"
)

// note records a decision about tokens [from, to) of sentence si.
func (s *scan) note(si int, stage, rule string, made bool, from, to int, why string) {
	if s.trace == nil {
		return
	}
	text := ""
	if from >= 0 && to > from && to <= len(s.toks) {
		text = s.text(from, to)
	}
	s.trace.Decisions = append(s.trace.Decisions, trace.Decision{Sentence: si, Stage: stage, Rule: rule, Made: made, Text: text, Why: why})
}

// actorName is the name of actor a for a trace, or "none".
func (r *resolver) actorName(a int) string {
	if a < 0 || a >= len(r.actors) {
		return "none"
	}
	return r.actors[a].name
}

// actorNames joins the names of actors for a trace.
func (r *resolver) actorNames(as []int) string {
	out := ""
	for i, a := range as {
		if i > 0 {
			out += ", "
		}
		out += r.actorName(a)
	}
	return out
}

// noteFrame records a contact word's outcome in clause c.
func (r *resolver) noteFrame(c clause, tr trigger, rule string, made bool, why string) {
	r.s.note(c.sent, "contact", rule, made, tr.at, tr.to, why)
}

// dateNote describes a frame's date for a trace.
func dateNote(f frame) string {
	if !f.hasDate {
		return "; no date attached"
	}
	return "; date \"" + f.date.text + "\""
}

// noteDate records how a contact's date was read: resolved against the publication date,
// kept as words only, or absent.
func (r *resolver) noteDate(c Contact, published string, dir dates.Direction) {
	s := r.s
	if s.trace == nil {
		return
	}
	k := s.tokenIndex()(c.Evidence.Start)
	if k < 0 {
		return
	}
	si := s.toks[k].Sent
	switch {
	case c.DateText == "":
		s.note(si, "date", "date.none", false, -1, -1, "no date expression attaches to the contact")
	case c.Date != "" && dir == dates.Unknown:
		s.note(si, "date", "date.nearest", true, -1, -1, fmt.Sprintf("%q -> %s, the nearest such day to the publication date %s (status %s: called off before or after its day)", c.DateText, c.Date, orNone(published), c.Status))
	case c.Date != "" && dir == dates.Arranged:
		s.note(si, "date", "date.arranged", true, -1, -1, fmt.Sprintf("%q -> %s, on or after the day before the publication date %s (status %s: a plan told in the past tense or a contact told in the present)", c.DateText, c.Date, orNone(published), c.Status))
	case c.Date != "":
		s.note(si, "date", "date.resolved", true, -1, -1, fmt.Sprintf("%q -> %s (published %s, status %s)", c.DateText, c.Date, orNone(published), c.Status))
	default:
		s.note(si, "date", "date.text-only", true, -1, -1, fmt.Sprintf("%q kept as words: it cannot be resolved (published %s)", c.DateText, orNone(published)))
	}
}
