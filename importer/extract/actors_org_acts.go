package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// issuesStatement reports a body's mention ending at token k that issues a statement
// ("issued a statement", "in Baghdad released a statement"), past a short place after it.
func (s *scan) issuesStatement(se sentence, k int) bool {
	if k+1 < se.to && s.toks[k].Low == "in" && s.toks[k+1].Cap {
		k += 2 // "the embassy in Baghdad"
		for k < se.to && s.toks[k].Cap && s.toks[k].Kind == tokens.Word {
			k++
		}
	}
	if k >= se.to || !s.gaz.In(lexicon.IssueVerb, s.toks[k].Low) {
		return false
	}
	for j := k + 1; j < se.to && j <= k+3; j++ {
		if s.gaz.In(lexicon.Statement, s.toks[j].Low) {
			return true
		}
	}
	return false
}

// orgActs reports an organization mention that acts: followed by a speech or report verb
// ("the Pentagon said", "White House officials said"), or introduced as a source
// ("according to the Pentagon", "told Reuters", "reported the New York Times").
func (x *Extractor) orgActs(s *scan, m *mention) bool {
	se := s.sents[m.sent]
	if m.from-2 >= se.from && s.toks[m.from-1].Low == "of" && s.toks[m.from-2].Cap && s.toks[m.from-2].Kind == tokens.Word {
		return false // "Secretary General Jens Stoltenberg of NATO said": Stoltenberg speaks
	}
	if m.from-2 >= se.from && s.toks[m.from-2].Text == "," && isDeterminer(s.toks[m.from-1].Low) && m.to < se.to && s.gaz.In(lexicon.SpeaksFor, s.toks[m.to].Low) {
		return false // an apposition: "Colonel Dave Butler, the Joint Staff spokesman, said"
	}
	for k := m.to; k < se.to && k < m.to+3; k++ {
		t := s.toks[k]
		if s.gaz.IsSpeechVerb(t.Low) || t.Low == "statement" {
			return true
		}
		if t.Kind != tokens.Word || !s.gaz.In(lexicon.SpeaksFor, t.Low) && t.Low != "has" && t.Low != "have" && t.Low != "had" && t.Low != "also" && t.Low != "on" && !strings.HasSuffix(t.Low, "ly") {
			// "the Kremlin has previously said", "the ministry repeatedly said"
			break
		}
	}
	if s.issuesStatement(se, m.to) {
		return true // "The Iranian embassy in Baghdad issued a statement."
	}
	k := m.from - 1
	if k >= se.from && s.toks[k].Low == "the" {
		k--
	}
	if k < se.from {
		return false
	}
	w := s.toks[k].Low
	inverted := s.gaz.IsSpeechVerb(w) && k > se.from && (s.toks[k-1].Text == "," || s.toks[k-1].Kind == tokens.QuoteMark)
	source := (w == "told" || w == "quoted" || w == "reported") && m.org.Kind == "media" // "told Reuters"
	return inverted || source || w == "to" && k > se.from && s.toks[k-1].Low == "according" || (w == "by" || w == "from") && k > se.from && (s.toks[k-1].Low == "issued" || s.toks[k-1].Low == "statement")
}
