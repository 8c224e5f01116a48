package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// homeCountries gives an office holder whose country the text never states the country
// the article is about, when one country clearly dominates it: "President William Ruto
// held talks" in a Kenyan story, "Prime Minister Jose Maria Aznar" in a story about Spain.
// The dominant country is the one named (by name or demonym, outside furniture and
// quotations) at least three times and at least twice as often as any other. Only holders
// of national offices (and a city's police) get it; envoys, UN officials and people
// without an office do not. Without a dominant country, the dateline's, the country of
// the government that published the story (publisher) and the home of the national outlet
// that did (outlet, for national offices only) stand in, in that order.
func (r *resolver) homeCountries(dateline int, publisher, outlet string) {
	r.placeCountries()
	s := r.s
	count := map[string]int{}
	for si := range s.sents {
		if r.x.furniture(s, si) {
			continue
		}
		se := s.sents[si]
		for k := se.from; k < se.to; k++ {
			m, ok := s.matchOf(k)
			if !ok || m.From != k || s.inQuote[k] || m.Kind != lexicon.PhraseCountry && m.Kind != lexicon.PhraseDemonym {
				continue
			}
			if s.inWaterName(m) {
				k = m.To - 1
				continue // "the South China Sea"
			}
			count[r.x.gaz.Countries[m.Idx].Code]++
			k = m.To - 1
		}
	}
	home, first, second := "", 0, 0
	for code, n := range count {
		switch {
		case n > first || n == first && code < home:
			home, first, second = code, n, max(first, second)
		case n > second:
			second = n
		}
	}
	if first < 3 || first < 2*second {
		home = ""
	}
	r.visitHost(home)
	if home == "" {
		home = r.datelineHome(dateline, count)
	}
	if home == "" {
		home = publisher // a government's release names its own officials by office alone
	}
	nationalOnly := false
	if home == "" {
		// a national outlet names its own country's national officials by office alone,
		// but a police spokesman in its story serves where the story happens
		home, nationalOnly = outlet, true
	}
	if home == "" {
		return
	}
	visitors := r.visitorsOf(home)
	from := r.visitorsHome(dateline, home)
	for i := range r.actors {
		a := &r.actors[i]
		switch {
		case !r.untoldNational(i) && (nationalOnly || !r.untoldStateOfficer(i) && !r.untoldLocalBody(i)):
		case !visitors[i]:
			a.country = home
		case from != "":
			a.country = from // "Washington (CNN) -- ... Vice President X's visit to Israel"
		}
	}
}

// visitorsHome returns the country of the article's dateline when it is not the country
// the story is about: a visitor to that country who holds a national office is of the
// country the story was filed from ("WASHINGTON - ... as President X visits Japan next
// week"); "" otherwise.
func (r *resolver) visitorsHome(dateline int, home string) string {
	if dateline < 0 {
		dateline = r.x.datelineCountry(r.s)
	}
	if dateline < 0 || r.x.gaz.Countries[dateline].Code == home {
		return ""
	}
	return r.x.gaz.Countries[dateline].Code
}

// visitorsOf returns the persons a sentence names before a visit to country home ("X's
// visit to China", "Y arrived in Beijing"): visitors to the country the story is about,
// not its officials.
func (r *resolver) visitorsOf(home string) map[int]bool {
	s := r.s
	visitors := map[int]bool{}
	for si, se := range s.sents {
		if r.x.furniture(s, si) {
			continue
		}
		for k := se.from; k < se.to; k++ {
			if r.visitedAt(se, k) != home {
				continue
			}
			for _, mni := range s.sentenceMentions(si) {
				mn := s.mentions[mni]
				if mn.sent == si && mn.kind == mPerson && mn.actor >= 0 && mn.from < k {
					visitors[mn.actor] = true
				}
			}
		}
	}
	return visitors
}

// datelineHome returns the country of the article's wire dateline ("TOKYO (Jiji Press)
// -") when no country clearly dominates the story and the story names the dateline's
// country at least once: a reporter filing from a capital names that capital's officials
// by office alone ("Prime Minister Fumio X instructed ...") and marks other countries'
// with a demonym ("WASHINGTON - President X listens as French President Y speaks"), even
// when the story names another country more often; "" otherwise.
func (r *resolver) datelineHome(c int, count map[string]int) string {
	if c < 0 {
		c = r.x.datelineCountry(r.s)
	}
	if c < 0 {
		return ""
	}
	code := r.x.gaz.Countries[c].Code
	if count[code] == 0 {
		return ""
	}
	return code
}

// placeCountry returns the country whose name or capital opens place ("Tokyo",
// "Kyiv, Ukraine"), or -1.
func (x *Extractor) placeCountry(place string) int {
	toks := tokens.Tokenize([]rune(place))
	if len(toks) == 0 {
		return -1
	}
	if m, ok := x.gaz.MatchAt(toks, 0); ok && m.Kind == lexicon.PhraseCountry {
		return m.Idx
	}
	return -1
}

// untoldNational reports a person of the article who holds a national office but whose
// country neither the text nor the lexicon tells.
func (r *resolver) untoldNational(ai int) bool {
	a := r.actors[ai]
	return a.kind == "person" && a.country == "" && a.known < 0 && r.x.gaz.IsNationalOffice(a.role)
}

// untoldStateOfficer reports a person of the article whose country neither the text nor
// the lexicon tells, named after a state body's officer ("police official X", "army
// spokesman X"): the body is the state's the story is about.
func (r *resolver) untoldStateOfficer(ai int) bool {
	a := r.actors[ai]
	if a.kind != "person" || a.country != "" || a.known >= 0 {
		return false
	}
	s := r.s
	for _, mi := range a.mentions {
		m := s.mentions[mi]
		k := m.from - 2
		if m.kind != mPerson || k < 0 || s.toks[k].Sent != s.toks[m.from].Sent || s.inQuote[m.from] {
			continue
		}
		if t := s.toks[m.from-1]; t.Cap || !s.gaz.In(lexicon.SpeaksFor, t.Low) && !strings.HasPrefix(t.Low, "spokes") && t.Low != "official" {
			continue
		}
		if s.tokIn(lexicon.StateBody, k) && (k == 0 || !s.isMatchKind(k-1, lexicon.PhraseOrg)) {
			return true
		}
	}
	return false
}

// untoldLocalBody reports an organization named by the place it serves ("Tel Aviv
// police": actor.local-body) whose country the text does not tell: a city's police is
// of the country the story is about.
func (r *resolver) untoldLocalBody(ai int) bool {
	a := r.actors[ai]
	if a.kind != "organization" || a.country != "" {
		return false
	}
	for _, mi := range a.mentions {
		if r.s.mentions[mi].rule == "actor.local-body" {
			return true
		}
	}
	return false
}

// placeCountries gives the holders of national offices named in a sentence that opens with
// "In <country>" that country, as a minister's account of a tour runs: "In Jordan I met
// Prime Minister X", "In Lebanon, where I welcomed ..., I met President Y". The name right
// after the opening place is the sentence's subject, who may be a visitor: it keeps none.
func (r *resolver) placeCountries() {
	s := r.s
	for si, se := range s.sents {
		if r.x.furniture(s, si) || se.to-se.from < 4 || s.toks[se.from].Low != "in" {
			continue
		}
		m, ok := s.matchOf(se.from + 1)
		if !ok || m.From != se.from+1 || m.Kind != lexicon.PhraseCountry || s.inQuote[se.from] {
			continue
		}
		subject := m.To
		if subject < se.to && s.toks[subject].Text == "," {
			subject++
		}
		code := r.x.gaz.Countries[m.Idx].Code
		for _, mni := range s.sentenceMentions(si) {
			mn := s.mentions[mni]
			if mn.sent != si || mn.kind != mPerson || mn.actor < 0 || s.inQuote[mn.from] || s.contextStart(mn.from) == subject {
				continue
			}
			if a := r.actors[mn.actor]; r.untoldNational(mn.actor) || mn.titled && mn.role == "" && a.role == "" && a.country == "" && a.known < 0 && a.kind == "person" {
				r.actors[mn.actor].country = code // and "General X", "Mr X": a rank, no office of another state
			}
		}
	}
}

// visitHost gives the holders of national offices whose country the text does not tell
// the country of the visit the article opens with ("X visited Fiji", "during his two-day
// visit to Singapore", "arrived in Hanoi" in its first three sentences): the visitor's
// hosts. The persons named before the visit in its sentence, and the article's first
// person, are the visitors and keep none. A tour of several countries, or a story that
// is mostly about another country (home, the dominant one), gives none.
func (r *resolver) visitHost(home string) {
	s := r.s
	host := ""
	visitors := map[int]bool{}
	body := 0
	for si, se := range s.sents {
		if r.x.furniture(s, si) {
			continue
		}
		if body++; body > 3 {
			break
		}
		for k := se.from; k < se.to; k++ {
			code, hosting := r.visitedAt(se, k), false
			if code == "" {
				code, hosting = r.hostOfVisiting(se, k), true
			}
			if code == "" {
				continue
			}
			if host != "" && host != code {
				return // a tour of several countries: the hosts are told apart elsewhere
			}
			host = code
			own := !hosting && s.ownVisit(se, k)
			for _, mni := range s.sentenceMentions(si) {
				mn := s.mentions[mni]
				if mn.sent == si && mn.kind == mPerson && mn.actor >= 0 && (mn.from < k) != hosting {
					visitors[mn.actor] = true // named before the visit, or after "met with visiting"
					if own {
						break // "X met Prime Minister Y during his visit to Z": X's visit, Y is a host
					}
				}
			}
		}
	}
	if host == "" || home != "" && home != host {
		return
	}
	first := -1
	for _, i := range s.order() {
		if m := s.mentions[i]; m.kind == mPerson && m.actor >= 0 && !s.inQuote[m.from] {
			first = m.actor
			break
		}
	}
	for i := range r.actors {
		if i != first && !visitors[i] && r.untoldNational(i) {
			r.actors[i].country = host
		}
	}
}

// ownVisit reports a visit at token k told as one person's, "during his two-day visit",
// "on her first trip": "his" or "her" at most three words before it, none of them a
// name or a comma. Its visitor is the sentence's first person; the others it names before
// are met, not visiting.
func (s *scan) ownVisit(se sentence, k int) bool {
	for j := k - 1; j >= se.from && j >= k-3; j-- {
		t := s.toks[j]
		if t.Low == "his" || t.Low == "her" {
			return true
		}
		if t.Cap || t.Kind != tokens.Word {
			return false
		}
	}
	return false
}

// hostOfVisiting returns the country of the host who "met with visiting" someone at
// token k ("King X met with visiting Australian Foreign Minister Y"): the country of the
// person the sentence names first, before "visiting", when the text or the lexicon gives
// it; "" otherwise.
func (r *resolver) hostOfVisiting(se sentence, k int) string {
	s := r.s
	if s.inQuote[k] || s.toks[k].Low != "visiting" || k+1 >= se.to || !s.toks[k+1].Cap {
		return ""
	}
	for _, mni := range s.sentenceMentions(s.toks[k].Sent) {
		mn := s.mentions[mni]
		if mn.sent != s.toks[k].Sent || mn.kind != mPerson || mn.actor < 0 || mn.from >= k {
			continue
		}
		a := r.actors[mn.actor]
		if a.country == "" && a.known >= 0 {
			return r.x.gaz.People[a.known].Country
		}
		return a.country
	}
	return ""
}

// visitedAt returns the country a visit told at token k goes to: "visited Fiji", "will
// visit China" (a noun "visit" needs "to" before the place), "a
// visit to Singapore", "his trip to Japan", "arrived in Hanoi"; "" when none.
func (r *resolver) visitedAt(se sentence, k int) string {
	s := r.s
	if s.inQuote[k] || k+2 >= se.to {
		return ""
	}
	w := s.toks[k].Low
	j := k + 1
	switch {
	case w == "visited" || w == "visiting" || w == "visits" && !s.tokIn(lexicon.Trip, k+1):
	case w == "arrived" && s.toks[j].Low == "in":
		j++
	case s.gaz.In(lexicon.Trip, w) && s.toks[j].Low == "to":
		j++
	case w == "visit": // the verb: "will visit China", "to visit Japan"
	default:
		return ""
	}
	if s.toks[j].Low == "the" && j+1 < se.to {
		j++
	}
	if m, ok := s.matchOf(j); ok && m.From == j && m.Kind == lexicon.PhraseCountry && !(m.To < se.to && s.toks[m.To].Kind == tokens.Poss) {
		return r.x.gaz.Countries[m.Idx].Code
	}
	return ""
}

// inWaterName reports a country's name inside the name of a sea or strait: "the South
// China Sea", "the Taiwan Strait", "the Sea of Japan" (words class water).
func (s *scan) inWaterName(m lexicon.Match) bool {
	if m.To < len(s.toks) && s.toks[m.To].Cap && s.tokIn(lexicon.Water, m.To) {
		return true
	}
	return m.From >= 2 && s.toks[m.From-1].Low == "of" && s.toks[m.From-2].Cap && s.tokIn(lexicon.Water, m.From-2)
}
