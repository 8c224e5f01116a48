package extract

import (
	"strings"
	"unicode"

	"hotline/importer/extract/lexicon"
)

// orgShortNames adds a mention of an organization the article names in full for the first
// word of its name standing alone before a document noun (rule actor.org-short-name): "the
// Pew Research Center ... the Pew report said", "As the Pew study concluded". Papers
// shorten a body's name so when they quote its report; the document speaks for the body.
// The word must open the name of one organization only, start with a capital, be no word
// the gazetteer knows and no stop word ("National"), and follow "the" or "a"; the document
// must speak there (a speech verb after it, `," said the Pew report`, "according to the
// Pew report").
func (r *resolver) orgShortNames() {
	s := r.s
	first := map[string]int{} // first word of a name -> organization actor, -1 for two
	for ai, a := range r.actors {
		w := strings.Fields(a.name)
		if a.kind != "organization" || len(w) < 2 || len([]rune(w[0])) < 3 || !unicode.IsUpper([]rune(w[0])[0]) || r.x.gaz.Stop[strings.ToLower(w[0])] {
			continue
		}
		if prev, ok := first[w[0]]; ok && prev != ai {
			ai = -1
		}
		first[w[0]] = ai
	}
	if len(first) == 0 {
		return
	}
	at := s.mentionIndex()
	for k, t := range s.toks {
		a, ok := first[t.Text]
		if !ok || a < 0 || k == 0 || k+1 >= len(s.toks) || at[k] >= 0 || s.inQuote[k] || s.matchAt[k] >= 0 || r.x.furniture(s, t.Sent) {
			continue
		}
		if p := s.toks[k-1].Low; p != "the" && p != "a" || s.toks[k+1].Sent != t.Sent {
			continue
		}
		if n := s.toks[k+1].Low; !s.gaz.IsReportWord(n) && !s.gaz.In(lexicon.Statement, n) {
			continue
		}
		se := s.sents[t.Sent]
		if !s.documentSpeaks(se, k+2) && !s.speechAfter(se, k+2) && !s.invertedDocument(se, k-1) && !s.accordingTo(se, k-1) {
			continue // "The Pew report coincided with ...": the document does not speak here
		}
		o := lexicon.Org{Name: r.actors[a].name, Kind: r.actors[a].orgKind, Country: r.actors[a].country}
		s.mentions = append(s.mentions, mention{from: k, to: k + 1, kind: mOrg, words: []string{t.Text}, known: -1, sent: t.Sent, actor: a, rule: "actor.org-short-name", org: o})
		r.link(len(s.mentions) - 1)
		s.note(t.Sent, "actor", "actor.org-short-name", true, k, k+1, "the first word of "+r.actors[a].name)
	}
}
