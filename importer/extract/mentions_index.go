package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"strings"
)

// mentionIndex maps each token to the actor-bearing mention covering it (-1 for none).
func (s *scan) mentionIndex() []int {
	at := make([]int, len(s.toks))
	for i := range at {
		at[i] = -1
	}
	for i, m := range s.mentions {
		if m.actor < 0 {
			continue
		}
		from := m.from
		if m.kind == mPerson {
			from = s.contextStart(m.from)
		}
		for k := from; k < m.to; k++ {
			if at[k] < 0 || m.kind == mPerson {
				at[k] = i
			}
		}
	}
	return at
}

// titleWord reports an honorific or rank before a name (words class title: "Gen.",
// "Madam", "Alhaji"), which belongs to the name's context; royal titles are offices.
func (s *scan) titleWord(w string) bool {
	return s.gaz.In(lexicon.Title, w)
}

// contextStart walks left from a person's name over the titles, offices, organizations
// and countries that introduce it, so that "Pentagon spokesman Gen. Pat Ryder" is one
// mention of Ryder and not one of the Pentagon.
func (s *scan) contextStart(from int) int {
	k := from
	for k > 0 && s.toks[k-1].Sent == s.toks[from].Sent {
		t := s.toks[k-1]
		if m, ok := s.matchOf(k - 1); ok && m.Kind != lexicon.PhraseKnown {
			k = m.From
			continue
		}
		if t.Kind == tokens.Poss || t.Kind == tokens.Word && t.Cap && (strings.HasSuffix(t.Text, ".") || s.titleWord(t.Low)) {
			k--
			continue
		}
		if t.Low == "of" && k >= 2 && s.isMatchKind(k-2, lexicon.PhraseOffice) {
			k-- // "President of Kazakhstan Kassym-Jomart Tokayev": the office governs "of"
			continue
		}
		break
	}
	return k
}

// tokenIndex returns a function from a rune offset to the token starting there (-1).
func (s *scan) tokenIndex() func(int) int {
	byStart := make(map[int]int, len(s.toks))
	for i, t := range s.toks {
		byStart[t.Start] = i
	}
	return func(off int) int {
		if i, ok := byStart[off]; ok {
			return i
		}
		return -1
	}
}

// sentenceMentions returns the indexes of the mentions of sentence si, ascending, as
// s.mentions holds them now. Mentions are only ever appended, and never change sentence,
// so the index of each sentence grows with them. The rules that read one sentence's
// mentions ask it: reading all the article's mentions for each sentence cost the square
// of a long article's.
func (s *scan) sentenceMentions(si int) []int {
	if s.bySent == nil {
		s.bySent = make([][]int, len(s.sents))
	}
	for ; s.indexed < len(s.mentions); s.indexed++ {
		m := s.indexed
		s.bySent[s.mentions[m].sent] = append(s.bySent[s.mentions[m].sent], m)
	}
	if si < 0 || si >= len(s.bySent) {
		return nil // "the sentence after the last" has none
	}
	return s.bySent[si]
}
