package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/names"
)

// titleMedium gives the medium a headline names to the lead's contact whose medium the
// body leaves open: "Readout of President Biden's Call with Crown Prince Mohammed bin
// Salman" over "President Biden spoke today with Crown Prince Mohammed bin Salman" is a
// phone call. The headline yields no contact of its own (headlines are page furniture);
// it only refines one told in the first two sentences whose every party it names (as
// titleNamesAll reads them: "PM call with President Zelenskyy" names the Prime Minister
// of the body), and only with a medium word it uses as one ("call with", "phone", "video").
func (x *Extractor) titleMedium(r *resolver, cs []Contact, title string) {
	mode := x.titleMode(title)
	if mode == "" || len(r.s.sents) == 0 {
		return
	}
	words, lead := titleWords(title), r.leadEnd()
	_, countries, roles := x.titleContact(title)
	for i := range cs {
		c := &cs[i]
		if c.Mode != "unspecified" || c.Evidence.Start >= lead {
			continue
		}
		if r.titleNamesAll(c, words, true, countries, roles) {
			c.Mode = Mode(mode)
			if k := r.s.tokenIndex()(c.Evidence.Start); k >= 0 {
				r.s.note(r.s.toks[k].Sent, "contact", c.Evidence.Rule, true, -1, -1, "the headline names the medium: "+mode)
			}
		}
	}
}

// titleMode reads the medium a headline names: "phone" for "call with"/"call between", a
// phone or telephone word; "video" for a video call or videoconference; "" otherwise
// ("renews call for a ceasefire" names none). The medium words are the lexicon's, as in
// the body: a headline's "Zoom call" or "telephonic talks" is the body's too.
func (x *Extractor) titleMode(title string) string {
	ws := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '-')
	})
	mode := ""
	for i, w := range ws {
		switch {
		case x.gaz.In(lexicon.VideoMedium, w):
			return "video"
		case x.gaz.In(lexicon.PhoneMedium, w):
			mode = "phone"
		case w == "call":
			if i+1 < len(ws) && (ws[i+1] == "with" || ws[i+1] == "between") {
				mode = "phone"
			}
		}
	}
	return mode
}

// titleWords are the name keys of a headline's words, possessives and punctuation dropped:
// what a contact's participants are looked up in.
func titleWords(title string) map[string]bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(names.Key(strings.NewReplacer(",", " ", ":", " ", ";", " ", "’s", " ", "'s", " ").Replace(title))) {
		words[w] = true
	}
	return words
}

// leadEnd is the rune offset where an article's lead ends: its first two sentences, which
// a headline sums up.
func (r *resolver) leadEnd() int {
	if len(r.s.sents) > 1 {
		return r.s.sents[1].end
	}
	return r.s.sents[0].end
}
