package extract

import "hotline/importer/extract/lexicon"

// unreported tells why a contact word in clause c reports no contact, or "" when it may:
// a question asks whether or with whom people met ("Who did they meet?"); an adverb of
// frequency sums up contacts, none of them told ("has repeatedly assured X", "often speaks
// with Y"), and so does a count of times told in the perfect ("have met several times",
// "has spoken to Y on numerous occasions"), as a tally does for a plural noun
// (habitualPlural); an infinitive after an
// indefinite pronoun tells a wish or a topic ("they had something to talk about"); and a
// letter or petition signed by two people is one writing, no meeting of its signers.
func (s *scan) unreported(c clause, tr trigger) string {
	se := s.sents[c.sent]
	for k := tr.to; k < se.to; k++ {
		if s.toks[k].Text == "?" {
			return "a question, not a report" // also a quoted one: "\"Did X meet Y?\" one reporter asked."
		}
	}
	for k := max(c.from, tr.at-3); k < c.to && k < tr.to+5; k++ {
		if s.gaz.In(lexicon.Frequency, s.toks[k].Low) {
			return "\"" + s.toks[k].Text + "\" sums up contacts, none of them told"
		}
	}
	if k := s.countedTimes(c, tr); k >= 0 {
		return "\"" + s.toks[k].Text + " " + s.toks[k+1].Text + "\" in the perfect sums up contacts, none of them told"
	}
	if k := tr.at - 2; k >= se.from && s.toks[k+1].Low == "to" && s.gaz.In(lexicon.Indefinite, s.toks[k].Low) {
		return "\"" + s.toks[k].Text + " to " + s.toks[tr.at].Text + "\": a topic or a wish, no contact"
	}
	if tr.name == "signed-by" {
		k := tr.at - 1
		for k > se.from && (s.toks[k].Text == "," || isBeVerb(s.toks[k].Low) || s.toks[k].Low == "jointly" || s.toks[k].Low == "also" || s.toks[k].Low == "which" || s.toks[k].Low == "that") {
			k--
		}
		if k >= se.from && s.gaz.In(lexicon.Missive, s.toks[k].Low) {
			return "a " + s.toks[k].Low + " signed by its writers: no meeting"
		}
	}
	return ""
}

// countedTimes returns the token that counts the times of a contact verb told in the
// perfect, "have met several times", "has spoken to Y three times since May", "on
// numerous occasions", or -1. Only the perfect sums up: "met twice on Monday" tells the
// day's meetings.
func (s *scan) countedTimes(c clause, tr trigger) int {
	perfect := false
	for k := max(c.from, tr.at-3); k < tr.at; k++ {
		if w := s.toks[k].Low; w == "has" || w == "have" || w == "had" || w == "'ve" {
			perfect = true
		}
	}
	if !perfect || tr.noun {
		return -1
	}
	for k := tr.to; k+1 < c.to && k < tr.to+10; k++ {
		if n := s.toks[k+1].Low; n != "times" && n != "occasions" {
			continue
		}
		if w := s.toks[k].Low; s.gaz.In(lexicon.Count, w) || s.gaz.In(lexicon.Tally, w) {
			return k
		}
	}
	return -1
}
