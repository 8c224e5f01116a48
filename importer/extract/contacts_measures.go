package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"strings"
)

// location is the place of a meeting: "met in Geneva", "talks in Finland".
func (x *Extractor) location(s *scan, at []int, c clause, tr trigger) string {
	for k := tr.to; k+1 < c.to && k < tr.to+14; k++ {
		if s.toks[k].Low != "in" {
			continue
		}
		p := k + 1
		if q := s.placeNounOf(p, c.to); q > 0 {
			p = q // "in the hill town of Marwa", "in the northern port city of Varna"
		} else if s.toks[p].Low == "the" && p+1 < c.to && s.toks[p+1].Cap {
			p++ // "in the Oval Office"
		}
		n := s.toks[p]
		if m, ok := s.matchOf(p); ok && m.Kind == lexicon.PhraseCountry && m.From == p {
			return s.text(m.From, m.To)
		}
		if s.gaz.In(lexicon.Season, n.Low) {
			continue // "in the spring of 2019 in Qatar": a time, the place may follow
		}
		if n.Cap && at[p] < 0 && !lexicon.IsDateWord(n.Low) && (!x.gaz.Stop[n.Low] || n.Low == "new" && p+1 < c.to && s.toks[p+1].Cap && s.toks[p+1].Kind == tokens.Word && at[p+1] < 0) { // "in New York": "New" opens no person's name, but a place's
			j := p
			for j < c.to && s.toks[j].Cap && s.toks[j].Kind == tokens.Word {
				j++
			}
			return s.text(p, j)
		}
	}
	return ""
}

// placeNounOf returns the token after "the <words> <place noun> of" that starts at token
// p, a place's name ("the hill town of Marwa", "the Black Sea port city of Burgas"), or 0
// when there is none.
func (s *scan) placeNounOf(p, end int) int {
	if p >= end || s.toks[p].Low != "the" {
		return 0
	}
	for k := p + 1; k+2 < end && k <= p+5; k++ {
		t := s.toks[k]
		if t.Kind != tokens.Word {
			return 0
		}
		if s.gaz.In(lexicon.PlaceNoun, t.Low) && s.toks[k+1].Low == "of" && s.toks[k+2].Cap {
			return k + 2
		}
	}
	return 0
}

// duration reads "hour-long", "90-minute", "two-hour", "one hour and two minutes".
func (s *scan) duration(c clause) int {
	total := 0
	for k := c.from; k < c.to; k++ {
		w := s.toks[k].Low
		switch {
		case w == "hour-long" || w == "an-hour-long":
			return 60
		case strings.HasSuffix(w, "-minute") || strings.HasSuffix(w, "-hour"):
			unit := 1
			if strings.HasSuffix(w, "-hour") {
				unit = 60
			}
			if n := number(w[:strings.LastIndex(w, "-")]); n > 0 {
				return n * unit
			}
		case (w == "hour" || w == "hours" || w == "minutes" || w == "minute") && k > c.from:
			n := number(s.toks[k-1].Low)
			if n == 0 && (s.toks[k-1].Low == "an" || s.toks[k-1].Low == "a") {
				n = 1
			}
			if strings.HasPrefix(w, "hour") {
				n *= 60
			}
			total += n
		}
	}
	return total
}

func number(w string) int {
	words := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
	for i, n := range words {
		if w == n {
			return i
		}
	}
	n := 0
	for _, r := range w {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// initiator is who asked for or placed the contact: "at Putin's request", "the Russian
// president requested the call", "Russia proposed a call" (the participant of that
// country, resolved at merge), "X called Y", "a call from Y".
func (x *Extractor) initiator(r *resolver, at []int, c clause, tr trigger, p parts) int {
	s := r.s
	if p.from >= 0 {
		return p.from
	}
	for k := c.from; k < c.to; k++ {
		switch w := s.toks[k].Low; {
		case w == "request" || w == "initiative" || w == "invitation":
			for j := k - 1; j >= c.from && j >= k-4; j-- {
				if mi := at[j]; mi >= 0 {
					return s.mentions[mi].actor
				}
				if m, ok := s.matchOf(j); ok && (m.Kind == lexicon.PhraseCountry || m.Kind == lexicon.PhraseDemonym) {
					return -2 - m.Idx // "at the Israeli side's initiative"
				}
			}
			if k+2 < c.to && s.toks[k+1].Low == "of" {
				if mi := at[k+2]; mi >= 0 {
					return s.mentions[mi].actor
				}
				if mi := at[min(k+3, c.to-1)]; mi >= 0 {
					return s.mentions[mi].actor
				}
			}
		case s.gaz.In(lexicon.Initiating, w):
			if k > tr.at {
				continue
			}
			for j := k - 1; j >= c.from; j-- {
				if mi := at[j]; mi >= 0 {
					return s.mentions[mi].actor
				}
				if m, ok := s.matchOf(j); ok && (m.Kind == lexicon.PhraseCountry || m.Kind == lexicon.PhraseDemonym) {
					return -2 - m.Idx // a country: resolved to its participant at merge
				}
			}
		}
	}
	if tr.direct && tr.mode == "phone" && len(p.subj) == 1 && len(p.obj) > 0 {
		return p.subj[0]
	}
	return -1
}
