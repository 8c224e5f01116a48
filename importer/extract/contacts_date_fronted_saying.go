package extract

import "hotline/importer/extract/tokens"

// frontedSaying reports a day fronted before the subject of a saying that tells the contact
// after it: "On Friday, the Kremlin said Putin will meet Xi", "On Friday, the White House
// announced that Biden is to speak to Xi". The day is when the plan was told, not when it
// happens, even where the parse hangs it on the contact's clause; read for plans only
// (a held contact so told may still be of that day).
func (s *scan) frontedSaying(d dateExpr, tr trigger) bool {
	if d.to >= tr.at || d.to >= len(s.toks) || s.toks[d.to].Low != "," {
		return false
	}
	start := d.from
	if start > 0 && s.toks[start-1].Sent == s.toks[d.from].Sent && s.toks[start-1].Low == "on" {
		start-- // "On Friday,"
	}
	if start > 0 && s.toks[start-1].Sent == s.toks[d.from].Sent {
		return false // the day opens no sentence
	}
	for k := d.to + 1; k < tr.at && k <= d.to+8; k++ {
		w := s.toks[k].Low
		if s.toks[k].Kind == tokens.Punct || s.inQuote[k] {
			return false // the subject of the saying runs up to its verb with no break
		}
		if s.gaz.IsSpeechVerb(w) { // "announced" among them
			return true
		}
	}
	return false
}
