package clean

import (
	"strings"
	"unicode/utf8"
)

// appealReach is how close to the end an appeal must be for everything after it to go:
// an appeal heading is followed by a few paragraphs of appeal, never by the story.
const appealReach = 4

// dropTail removes what sites print after the story: donation and newsletter appeals with
// the paragraphs that follow their heading, author bios, and a stray short last line.
func (c *Cleaner) dropTail(d *document) {
	c.dropAppeals(d)
	c.dropBios(d)
	dropFragment(d)
}

// dropAppeals removes appeal paragraphs ("Support our journalism", "your contribution
// supports ..."). Near the end, the appeal and everything after it goes, because the
// paragraphs under an appeal heading rarely repeat its keywords.
func (c *Cleaner) dropAppeals(d *document) {
	live := d.live()
	for n, i := range live {
		if !c.isAppeal(d.paras[i].text) {
			continue
		}
		if len(live)-n <= appealReach && n > 0 {
			for _, j := range live[n:] {
				d.remove(j, RuleAppeal)
			}
			return
		}
		if wordsAtMost(d.paras[i].text, 30) {
			d.remove(i, RuleAppeal)
		}
	}
}

// bioTailReach is how many lines that are no prose may follow an author's bio at the end
// of a page: share labels, "Post navigation", the titles of the posts before and after,
// a list of trending headlines, the footer's links.
const bioTailReach = 30

// dropBios removes author bios and disclaimers among the last two paragraphs, or the last
// two paragraphs of prose when only a few lines that are no prose follow them.
func (c *Cleaner) dropBios(d *document) {
	live := d.live()
	from := max(1, len(live)-2)
	for n := len(live) - 1; n >= 1 && len(live)-n <= bioTailReach; n-- {
		if isProse(d.paras[live[n]].text) {
			from = max(1, min(from, n-1))
			break
		}
	}
	for n := from; n < len(live); n++ {
		i := live[n]
		if c.isBio(d.paras[i].text) {
			d.remove(i, RuleBio)
		}
	}
}

// isBio reports a paragraph about the author rather than the news: "Jane Doe is a reporter
// for ...", "Follow her on Twitter", a disclaimer, or a quoted string of short
// self-descriptions ("“Writer. Coffee fan. Music geek.”").
func (c *Cleaner) isBio(s string) bool {
	if !wordsAtMost(s, 80) {
		return false
	}
	return c.p.bioRole.MatchString(s) || mayFollow(s) && c.p.bioFollow.MatchString(s) ||
		c.p.disclaimer.MatchString(s) || quotedFragments(s)
}

// mayFollow is a cheap test that spares the follow pattern most paragraphs: each of its
// alternatives starts with "@" or holds one of these words. The pattern folds case, but
// none of their letters has a fold outside ASCII (only k and s do), so an ASCII fold is
// exact.
func mayFollow(s string) bool {
	if strings.HasPrefix(s, "@") {
		return true
	}
	for _, w := range []string{"follow", "email", "contact", "reach"} {
		if containsFoldASCII(s, w) {
			return true
		}
	}
	return false
}

// containsFoldASCII reports whether s holds word (lower-case ASCII letters) in any mix of
// ASCII case. It jumps from one place of the word's first letter to the next, in either
// case, with IndexByte, which reads many bytes at a time.
func containsFoldASCII(s, word string) bool {
	lower, upper := word[0], word[0]-('a'-'A')
	for i := 0; i+len(word) <= len(s); i++ {
		j := indexEither(s[i:len(s)-len(word)+1], lower, upper)
		if j < 0 {
			return false
		}
		i += j
		k := 1
		for k < len(word) && s[i+k]|0x20 == word[k] {
			k++
		}
		if k == len(word) {
			return true
		}
	}
	return false
}

// indexEither returns the index of the first a or b in s, or -1.
func indexEither(s string, a, b byte) int {
	i := strings.IndexByte(s, a)
	if i < 0 {
		return strings.IndexByte(s, b)
	}
	if j := strings.IndexByte(s[:i], b); j >= 0 {
		return j
	}
	return i
}

// quotedFragments reports a paragraph wholly in quotation marks that is a list of three or
// more very short fragments, the shape of a self-description and never of a quotation.
func quotedFragments(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if !strings.ContainsRune(`"“`, first) || !strings.ContainsRune(`"”`, last) {
		return false
	}
	inner := strings.Trim(s, `"“” `)
	frags := strings.FieldsFunc(inner, func(r rune) bool { return r == '.' || r == '!' || r == '?' })
	if len(frags) < 3 {
		return false
	}
	for _, f := range frags {
		if !wordsAtMost(f, 5) {
			return false
		}
	}
	return true
}

// fragmentMaxWords is the longest stray last line dropped: a related-link label or a
// menu item left by the scraper ("Topics", "Route 6"), never a sentence.
const fragmentMaxWords = 3

// dropFragment removes a last paragraph of at most three words that has no sentence
// punctuation, when there is a story before it.
func dropFragment(d *document) {
	live := d.live()
	if len(live) < 2 {
		return
	}
	i := live[len(live)-1]
	s := d.paras[i].text
	if wordsAtMost(s, fragmentMaxWords) && !strings.ContainsAny(s, ".!?;:\"“”") {
		d.remove(i, RuleFragment)
	}
}

// isAppeal reports an appeal paragraph: one that holds an appeal word and matches the
// appeal pattern.
func (c *Cleaner) isAppeal(s string) bool {
	if !c.p.appealWords.in(s) {
		return false
	}
	// Every match of the pattern holds an appeal phrase in some ASCII case. Letters
	// outside ASCII that fold to ASCII ones in the pattern (the long s, the Kelvin sign) or
	// that ToLower maps to ASCII (the dotted capital I, the Kelvin sign) would break the
	// equivalence, so a paragraph with any of them goes to the pattern directly.
	if !strings.ContainsAny(s, "ſKİ") && !c.p.appealOpens.in(s) {
		return false
	}
	return wordStartMatch(c.p.appeal, s)
}

// wordStartMatch reports whether a, a pattern anchored at the start whose every match
// opens with \b before a word character (as the appeal pattern's alternatives do), matches
// s from the start of one of its words: the unanchored pattern without "^" does exactly
// when it matches s. Go's regexp cannot skip ahead on a case-folded alternation, so the
// unanchored pattern stepped its whole matcher over every byte of the paragraph; here
// a's first-rune filter turns away nearly every word start before the matcher runs. A
// match may start after a byte that is no ASCII letter, digit or underscore (the  of
// Go's regexp is ASCII), and s[p:] has the text after p as s has, so  and the rest of
// the pattern read it as they would in s.
func wordStartMatch(a anchored, s string) bool {
	for p := 0; p < len(s); p++ {
		if p > 0 && isWordByte(s[p-1]) {
			continue
		}
		if a.MatchString(s[p:]) {
			return true
		}
	}
	return false
}

// isWordByte reports an ASCII letter, digit or underscore: a word character of \b.
func isWordByte(b byte) bool {
	return 'a' <= b|0x20 && b|0x20 <= 'z' || '0' <= b && b <= '9' || b == '_'
}

// appealWords returns the words that spare the appeal pattern most paragraphs, in any case.
// (Not all of the pattern's matches hold one: "your generosity is ..." does not, and is
// no appeal here.)
func appealWords() []string {
	return []string{"support", "donat", "contribution", "without you", "become a", "help", "journalism"}
}

// appealOpenings returns the literal openings of the appeal pattern's alternatives, lower-cased:
// every match holds one in some ASCII case, and a paragraph about support for a ceasefire
// holds none.
func appealOpenings() []string {
	return []string{"support our", "support independent", "support quality", "support free", "support us",
		"donate", "make a donation", "make a contribution", "your contribution", "your support", "your donation",
		"your generosity", "without you", "become a member", "become a supporter", "become a patron",
		"become a paying subscriber", "help us", "help fund", "help keep", "independent journalism", "quality journalism"}
}

// containsAny reports whether s holds any of words.
func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// proseMinWords is the length from which a paragraph that ends like a sentence counts as
// prose when judging what follows a story's credits: headlines of other stories are shorter.
const proseMinWords = 16

// dropAfterEnd removes what a page prints after a story's closing credit or end mark
// ("(Reporting by ...; Editing by ...)", "###", "abc-de/fg"): lists of other headlines,
// teasers, timestamps. It does so only when that tail is mostly not prose and shorter than
// the story before it, so that a paragraph a site appended after the credit survives.
func dropAfterEnd(d *document) {
	for i, p := range d.paras {
		if !p.ends {
			continue
		}
		var before, after int
		var tailIdx []int
		prose := 0
		for j, q := range d.paras {
			if q.removed {
				continue
			}
			switch {
			case j <= i:
				before += wordCount(q.text)
			default:
				after += wordCount(q.text)
				tailIdx = append(tailIdx, j)
				if isProse(q.text) {
					prose++
				}
			}
		}
		if len(tailIdx) == 0 {
			return
		}
		if before >= after && prose*3 <= len(tailIdx) {
			for _, j := range tailIdx {
				d.remove(j, RuleEnd)
			}
			return
		}
	}
}

// isProse reports a paragraph that reads as a sentence of a story, long enough not to be
// a headline.
func isProse(s string) bool {
	return endsSentence(s) && !wordsAtMost(s, proseMinWords-1)
}
