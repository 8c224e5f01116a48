package extract

import "hotline/importer/extract/tokens"

// attributeDashSignature attributes a quotation that opens its paragraph and is signed
// after a dash by the name that ends the paragraph: `"We will be back." — Jonas Berg` or
// `"..." — Jonas Berg, foreign minister of Norway`, or an embedded post whose signature gives
// the account's handle and the day after the name (`"..." — Jonas Berg (@jberg) March 4,
// 2025`). Features and pull quotes print words
// so, with no speech verb; the dash must follow the closing mark at once and nothing but an
// apposition may follow the name, so that a dash that goes on with the sentence
// (`"deal" — Berg said later ...`) is left to the other rules.
func (x *Extractor) attributeDashSignature(r *resolver, at []int, oi, ci int) attribution {
	s := r.s
	none := attribution{speaker: -1, from: -1}
	if oi > 0 && s.toks[oi-1].Para == s.toks[oi].Para || ci+2 >= len(s.toks) || !isDashToken(s.toks[ci+1]) {
		return none
	}
	p := s.toks[ci].Para
	if at[ci+2] < 0 || s.toks[ci+2].Para != p {
		return none
	}
	m := s.mentions[at[ci+2]]
	if m.kind != mPerson || m.actor < 0 {
		return none
	}
	for k := m.to; k < len(s.toks) && s.toks[k].Para == p; k++ {
		t := s.toks[k]
		if k == m.to && t.Text == "(" && k+1 < len(s.toks) && s.toks[k+1].Text == "@" {
			break // an embedded post's signature: `"..." — X (@handle) March 4, 2025`
		}
		if k == m.to && t.Text != "," || t.Kind == tokens.QuoteMark || t.Kind == tokens.Word && s.gaz.IsSpeechVerb(t.Low) {
			return none // the sentence goes on after the name
		}
	}
	return attribution{speaker: m.actor, found: true, direct: true, rule: "quote.dash-signature", from: ci + 1, to: m.to}
}

// isDashToken reports a dash printed as its own token: an em or en dash, or two hyphens.
func isDashToken(t tokens.Token) bool {
	return t.Kind == tokens.Punct && (t.Text == "—" || t.Text == "–" || t.Text == "--" || t.Text == "―")
}
