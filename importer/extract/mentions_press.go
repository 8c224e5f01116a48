package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// pressPerson reports a person named as a journalist: a press title right before the
// name ("CNN anchor X", "Fox News host Sean Hannity", "talk show host X") or a news
// medium's possessive ("CNN's Fareed Zakaria"). An interview is no contact.
func (s *scan) pressPerson(m mention) bool {
	if m.kind != mPerson {
		return false
	}
	k := m.from - 1
	if k < 0 || s.toks[k].Sent != m.sent {
		return false
	}
	if s.gaz.In(lexicon.Press, s.toks[k].Low) && !s.toks[k].Cap || s.presenterHost(k) {
		return true
	}
	if s.toks[k].Kind == tokens.Poss && k > 0 {
		if mt, ok := s.matchOf(k - 1); ok && mt.Kind == lexicon.PhraseOrg && s.gaz.Orgs[mt.Idx].Kind == "media" {
			return true
		}
	}
	return false
}

// presenterHost reports "host" at token k as a presenter's title: after a news medium or
// a show word ("Fox News host", "talk show host", "radio host"), not the verb of "X and Y
// host Z".
func (s *scan) presenterHost(k int) bool {
	if w := s.toks[k].Low; w != "host" && w != "hosts" || k == 0 || s.toks[k-1].Sent != s.toks[k].Sent {
		return false
	}
	if s.gaz.In(lexicon.Show, s.toks[k-1].Low) {
		return true
	}
	mt, ok := s.matchOf(k - 1)
	return ok && mt.To == k && mt.Kind == lexicon.PhraseOrg && s.gaz.Orgs[mt.Idx].Kind == "media"
}

// interpreterPerson reports a person named right after the word for an interpreter or a
// note-taker (words class interpreter: "with interpreter X", "his translator, X"): the one who renders or records
// what the parties say is in the room but no party, and one outlet names the interpreter
// where another does not, so a party of him would split one meeting's reports.
func (s *scan) interpreterPerson(m mention) bool {
	k := m.from - 1
	if k > 0 && s.toks[k].Text == "," {
		k--
	}
	if m.kind != mPerson || k < 0 || s.toks[k].Sent != m.sent {
		return false
	}
	return s.gaz.In(lexicon.Interpreter, s.toks[k].Low)
}
