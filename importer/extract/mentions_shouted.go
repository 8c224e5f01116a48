package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// shoutedLongest is the most words a name in capitals may span: a given name, two
// particles and a surname ("KARL-HEINZ VAN DEN BERG").
const shoutedLongest = 4

// mixedNames returns the runs of two to shoutedLongest capitalized words the article
// prints in mixed case ("Elena Vargas", "Karl-Heinz van den Berg"), lower-cased and joined
// by spaces -> their words as printed, made on first use. A run in capitals is a name only
// when the article also prints it so: wire copy and bylines shout names ("PRESIDENT ELENA
// VARGAS met ...") that elsewhere are acronyms and slogans ("NATO", "STOP THE WAR").
func (s *scan) mixedNames() map[string][]string {
	if s.mixed != nil {
		return s.mixed
	}
	s.mixed = map[string][]string{}
	word := func(k int) bool {
		t := s.toks[k]
		return t.Kind == tokens.Word && (t.Cap && !lexicon.IsAllCaps(t.Text) || lexicon.IsParticle(t.Low))
	}
	for i := range s.toks {
		if !word(i) || !s.toks[i].Cap {
			continue
		}
		for n := 2; n <= shoutedLongest && i+n <= len(s.toks); n++ {
			last := s.toks[i+n-1]
			if !word(i+n-1) || last.Sent != s.toks[i].Sent {
				break
			}
			if !last.Cap {
				continue // a particle inside the name, not its end
			}
			low, w := make([]string, n), make([]string, n)
			for k := 0; k < n; k++ {
				low[k], w[k] = s.toks[i+k].Low, s.toks[i+k].Text
			}
			s.mixed[strings.Join(low, " ")] = w
		}
	}
	return s.mixed
}

// shoutedName returns the mixed-case words of the name printed in capitals that holds
// token i, as the article prints it elsewhere in mixed case (mixedNames) or as the list of
// known actors spells it ("PRESIDENT JOE BIDEN met"), and its span.
func (x *Extractor) shoutedName(s *scan, i int) (words []string, from, to int, ok bool) {
	caps := func(k int) bool {
		return k >= 0 && k < len(s.toks) && s.toks[k].Kind == tokens.Word && s.toks[k].Sent == s.toks[i].Sent && lexicon.IsAllCaps(s.toks[k].Text)
	}
	if !caps(i) {
		return nil, 0, 0, false
	}
	end := i
	for caps(end) {
		end++
	}
	if end < len(s.toks) && s.toks[end].Text == ":" && s.toks[end].Sent == s.toks[i].Sent {
		return nil, 0, 0, false // "PRIME MINISTER KEIR STARMER:": a transcript's turn label, read as one (turnMentions)
	}
	names := s.mixedNames()
	for n := shoutedLongest; n >= 2; n-- {
		for a := i - n + 1; a <= i; a++ {
			if !caps(a) || !caps(a+n-1) {
				continue
			}
			low := make([]string, 0, n)
			for k := a; k < a+n && caps(k); k++ {
				low = append(low, s.toks[k].Low)
			}
			if len(low) < n {
				continue
			}
			if w, found := names[strings.Join(low, " ")]; found {
				return w, a, a + n, true
			}
			if k := x.knownIndex(low); k >= 0 {
				return strings.Fields(x.gaz.People[k].Name), a, a + n, true
			}
		}
	}
	return nil, 0, 0, false
}

// shoutedWords gives a run printed in capitals the words the article prints it with in
// mixed case ("ELENA VARGAS" is "Elena Vargas"), and other runs their own words.
func (x *Extractor) shoutedWords(s *scan, from, to int, words []string) []string {
	if w, a, b, ok := x.shoutedName(s, from); ok && a == from && b == to {
		return w
	}
	return words
}
