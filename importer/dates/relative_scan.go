package dates

// relativePattern is what relativeLocs finds, written as a regexp: the words of a day,
// week or month counted from publication, in any case. The tests hold relativeLocs to it.
const relativePattern = `(?i)\b(?:(the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow|overnight|last (?:night|evening)|this (?:morning|afternoon|evening))|` +
	`(earlier|later) this (week|month)|(last|next|this|past|coming) (week|weekend|month)|(?:over|at|during|on) the (weekend)|` +
	`(?:at the (?:end|start|beginning) of|(?:later|earlier) in) the (week|month))\b`

// phrasePart is words of a phrase the relative pattern matches, and the pattern's group
// that holds them (0 for none).
type phrasePart struct {
	words string
	group int
}

// relativePhrases spells out relativePattern, a finite list of phrases, in its order of
// preference: its alternatives in turn, and within one the first word's alternatives
// before the last's.
func relativePhrases() [][]phrasePart {
	var out [][]phrasePart
	for _, w := range []string{"the day before yesterday", "the day after tomorrow", "yesterday", "today", "tonight", "tomorrow", "overnight",
		"last night", "last evening", "this morning", "this afternoon", "this evening"} {
		out = append(out, []phrasePart{{w, 1}})
	}
	for _, a := range []string{"earlier", "later"} {
		for _, b := range []string{"week", "month"} {
			out = append(out, []phrasePart{{a, 2}, {" this ", 0}, {b, 3}})
		}
	}
	for _, a := range []string{"last", "next", "this", "past", "coming"} {
		for _, b := range []string{"week", "weekend", "month"} {
			out = append(out, []phrasePart{{a, 4}, {" ", 0}, {b, 5}})
		}
	}
	for _, a := range []string{"over", "at", "during", "on"} {
		out = append(out, []phrasePart{{a + " the ", 0}, {"weekend", 6}})
	}
	for _, a := range []string{"at the end of", "at the start of", "at the beginning of", "later in", "earlier in"} {
		for _, b := range []string{"week", "month"} {
			out = append(out, []phrasePart{{a + " the ", 0}, {b, 7}})
		}
	}
	return out
}

// relativeGroups is the number of groups of relativePattern, the whole match included.
const relativeGroups = 8

// phraseIndex files the phrases of relativePattern by their first letter, each letter's in
// the pattern's order: phrases that start with different letters never both match at one
// place, so the order between them does not matter.
type phraseIndex [26][][]phrasePart

func newPhraseIndex(phrases [][]phrasePart) *phraseIndex {
	x := &phraseIndex{}
	for _, p := range phrases {
		first := p[0].words[0] - 'a'
		x[first] = append(x[first], p)
	}
	return x
}

// relativeLocs returns what regexp.MustCompile(relativePattern).FindAllStringSubmatchIndex
// returns, found by hand from its phrases: the pattern is a long alternation that Go's
// backtracker tries at every word of a window with a word of time.
func (x *phraseIndex) relativeLocs(text string) [][]int {
	return allLocs(text, x.relativeAt)
}

// relativeAt returns the match of relativePattern that starts at text[s], or nil: the
// first phrase, in the pattern's order, that text spells there with \b after it. Every
// phrase starts with an ASCII letter.
func (x *phraseIndex) relativeAt(text string, s int) []int {
	if !boundaryAt(text, s) || text[s]|0x20 < 'a' || text[s]|0x20 > 'z' {
		return nil
	}
	for _, p := range x[text[s]|0x20-'a'] {
		var ends [3]int // the end of each part; no phrase has more
		i := s
		for k, part := range p {
			n := foldPrefix(text[i:], part.words)
			if n == 0 {
				i = -1
				break
			}
			i += n
			ends[k] = i
		}
		if i < 0 || !boundaryAt(text, i) {
			continue
		}
		loc := make([]int, 2*relativeGroups)
		for k := range loc {
			loc[k] = -1
		}
		loc[0], loc[1] = s, i
		from := s
		for k, part := range p {
			if part.group > 0 {
				loc[2*part.group], loc[2*part.group+1] = from, ends[k]
			}
			from = ends[k]
		}
		return loc
	}
	return nil
}
