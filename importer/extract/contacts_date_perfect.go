package extract

import (
	"fmt"
	"strings"

	"hotline/importer/extract/lexicon"
)

// News of the day in the present perfect (rule date.perfect-lead): a lead that tells a
// contact with "has"/"have" and no date ("Netanyahu has met Blinken in Jerusalem, a day
// after Hamas answered", "The two leaders have held talks in Beijing") reports it as just
// done, on the day of publication. Only the lead counts, and only a contact told as done
// once: further down, or with a word of repetition ("has met him several times", "have
// never met"), the present perfect tells experience, not the day's news.

// presentPerfect reports a contact verb (or the light verb before a contact noun) right
// after "has" or "have" (an adverb may stand between: "has also met"), with no word of
// repetition in its clause.
func (s *scan) presentPerfect(c clause, tr trigger, light int) bool {
	head := tr.headWith(light)
	k := head - 1
	if k > c.from && (s.toks[k].Low == "also" || s.toks[k].Low == "now" || strings.HasSuffix(s.toks[k].Low, "ly")) {
		k-- // "has also met", "have finally held"
	}
	if k < c.from || (s.toks[k].Low != "has" && s.toks[k].Low != "have") || s.inQuote[k] != s.inQuote[tr.at] {
		return false
	}
	for j := c.from; j < c.to; j++ {
		if s.gaz.In(lexicon.Habitual, s.toks[j].Low) || s.gaz.In(lexicon.Earlier, s.toks[j].Low) {
			return false
		}
	}
	return true
}

// applyPerfectDate dates a held contact of the lead told in the present perfect, with no
// date of its own, on the day of publication.
func (r *resolver) applyPerfectDate(b *building, c *Contact, published string) {
	if !b.perfect || c.Date != "" || c.DateText != "" || published == "" || b.status != "held" || b.firstSent >= leadSents ||
		b.firstSent >= len(r.s.sents) || r.s.sents[b.firstSent].para != r.s.sents[0].para {
		return
	}
	c.Date = published
	r.s.note(b.firstSent, "date", "date.perfect-lead", true, b.firstTr.at, b.firstTr.to,
		fmt.Sprintf("told in the present perfect in the lead: the day of publication -> %s", published))
}
