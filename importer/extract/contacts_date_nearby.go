package extract

import "fmt"

// Days of the contact told just before (rule date.nearby): "X met Y in Vienna on Tuesday.
// She also held talks with Z." A held contact with no date of its own, first told in the
// sentence of another held contact's day or in the next one of the same paragraph, and
// sharing a party with it, took place that day: news tells the rest of a day's round
// right after its first meeting. Only the day of a contact is lent, never the lead's
// day of another event (that is date.story's), and not to a contact told as earlier
// ("had met", "previously"), counted ("held three meetings") or repeated, nor to one a
// span sets apart from the day ("days after Y met Z"); nor is the day of a contact recalled
// as an earlier occasion lent ("X, who had spoken to Z on Sunday, met Y").
func (r *resolver) applyNearbyDate(cs []*building, out []Contact, i int, c *Contact, published string) {
	s, b := r.s, cs[i]
	if c.Date != "" || c.DateText != "" || b.hasDate || b.status != "held" || b.earlier || b.perfect || len(b.others) > 0 || b.firstSent >= len(s.sents) {
		return
	}
	if s.earlierWord(b.firstSent) || s.countedPlural(b.firstTr) || s.repeated(b.firstTr) {
		return
	}
	for j := i - 1; j >= 0; j-- {
		p := cs[j]
		if !p.hasDate || p.status != "held" || p.recalled || !dayPrecise(p.date.e) || len(out[j].Date) != len("2006-01-02") || !overlaps(p.parts, b.parts) {
			continue
		}
		ds := s.toks[p.date.from].Sent
		if ds > b.firstSent || b.firstSent-ds > 1 || s.sents[ds].para != s.sents[b.firstSent].para || s.inQuote[p.date.from] {
			continue
		}
		if day := (story{date: p.date, ok: true}); day.spanApart(s, b.firstTr) || day.otherYear(s, b.firstTr, published) {
			return // "X phoned Y on Wednesday, days after Y met Z": Z's meeting is days before
		}
		c.Date, c.DateText = out[j].Date, p.date.text
		s.note(b.firstSent, "date", "date.nearby", true, p.date.from, p.date.to,
			fmt.Sprintf("no date of its own; the day of the contact told just before, %q -> %s", p.date.text, c.Date))
		return
	}
}
