package clean

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// captionDateMaxWords bounds a caption recognised by the date it ends with ("..., Feb. 21,
// 2016."): one sentence saying who is in the picture, where and when.
const captionDateMaxWords = 45

// captionMaxWords bounds the length of a paragraph taken for a photo caption because a
// credit follows it. Captions are a sentence or two; a longer paragraph is story.
const captionMaxWords = 60

// paraMaxWords is the largest word count stripLines needs of a paragraph: the bound of
// credits' longest caption, which is above every line rule's (maxLineWords).
const paraMaxWords = captionMaxWords * 2

// credits handles photo credits in paragraph i:
//   - a paragraph that is only a credit ("AP", "Photo: Reuters", "Jane Doe/AFP") goes, and
//     so does the caption right above it in the same block;
//   - a paragraph that ends with a credit ("... File Photo by Jane Doe/EPA") is a caption
//     with its credit appended and goes whole;
//   - "Image caption, ..." paragraphs go;
//   - a credit in parentheses inside a story paragraph is cut out of it.
//
// words is wordsUpTo(the paragraph, paraMaxWords+1).
func (c *Cleaner) credits(d *document, i, words int) {
	p := &d.paras[i]
	switch {
	case c.p.captionLead.MatchString(p.text):
		d.remove(i, RuleCaption)
	case c.isCreditOnly(p.text) || words <= nameCreditMaxWords && c.isNameCredit(d, i):
		if c.attributesAbove(p.text) {
			c.dropCaptionAbove(d, i)
		}
		d.remove(i, RuleCredit)
	case words <= captionMaxWords*2 && c.mayEndInCredit(p.text) && c.endsInCredit(tail(p.text, creditReach)),
		words <= captionDateMaxWords && c.endsInCaptionDate(p.text):
		d.remove(i, RuleCaption)
	case mayHoldInlineCredit(p.text):
		for _, m := range c.p.creditInline.FindAllString(p.text, -1) {
			d.note(RuleCredit, strings.TrimSpace(m))
		}
		p.text = c.p.creditInline.ReplaceAllString(p.text, "")
	}
}

// mayHoldInlineCredit is a cheap test that spares the inline credit pattern nearly every
// paragraph with a parenthesis: each of its matches opens the parenthesis with a photo
// word ("(Photo: ...", "(File Photo ...", "(Image ...", "(Video ..."), whose first letter
// is one of "FPpIV".
func mayHoldInlineCredit(s string) bool {
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 || i+1 == len(s) {
			return false
		}
		if strings.IndexByte("FPpIV", s[i+1]) >= 0 {
			return true
		}
		s = s[i+1:]
	}
}

// captionDateReach is how many bytes from the end the date of a caption can start: ", "
// and the longest month, day and year of the pattern are 21.
const captionDateReach = 32

// endsInCaptionDate reports a paragraph that ends with the date a photo was taken. Every
// such date ends in a year and a full stop, which spares the pattern nearly every
// paragraph, and the pattern only reads the end.
func (c *Cleaner) endsInCaptionDate(s string) bool {
	n := len(s)
	if n < 5 || s[n-1] != '.' || !isDigits(s[n-5:n-1]) {
		return false
	}
	t := tail(s, captionDateReach)
	loc := c.p.captionDate.FindStringIndex(t)
	if loc == nil {
		return false
	}
	return !onWeekday(s[:len(s)-len(t)+loc[0]])
}

// onWeekday reports prose that dates an event by "on" and a weekday before the full date:
// "X met Y on Tuesday, March 5, 2024." A caption prints the weekday after a comma: "...
// in Lima, Tuesday, March 5, 2024."
func onWeekday(before string) bool {
	f := strings.Fields(before)
	if len(f) < 2 || !strings.EqualFold(f[len(f)-2], "on") {
		return false
	}
	w := strings.ToLower(f[len(f)-1])
	return strings.HasSuffix(w, "day") && len(w) >= 6 && len(w) <= 9
}

// isDigits reports a string of ASCII digits only.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isCreditOnly reports a short paragraph that is nothing but a photo credit.
func (c *Cleaner) isCreditOnly(s string) bool {
	// A lone agency has no more words than the longest agency name and "Photo", unless
	// a photographer's name follows a slash: the word count spares the pattern the story.
	if (wordsAtMost(s, c.p.agencyWords+1) || strings.Contains(s, "/")) && c.p.agencyOnly.MatchString(s) {
		return true
	}
	return wordsAtMost(s, 15) && !endsSentence(s) &&
		(c.p.creditOnly.MatchString(s) || strings.Contains(s, "/") && c.p.creditSlash.MatchString(s))
}

// creditReach is how many bytes from the end of a paragraph a credit can start. Only the
// end is searched: Go's regexp would otherwise scan every paragraph from every position.
const creditReach = 200

// mayEndInCredit is a cheap test that spares the credit pattern most paragraphs: every
// credit it matches has a slash or one of these words near the end. "photo" is looked for
// in any ASCII case, which is what lowering the text would find: no rune outside ASCII
// lowers to one of its letters.
func (c *Cleaner) mayEndInCredit(s string) bool {
	end := tail(s, creditReach)
	return strings.IndexByte(end, '/') >= 0 || strings.IndexByte(end, '[') >= 0 || strings.Contains(end, "Getty") ||
		containsFoldASCII(end, "photo") || strings.Contains(end, "Picture") ||
		strings.Contains(end, "Image") || strings.Contains(end, "Video")
}

// creditTails are the credits a paragraph may end in, by kind, each pattern anchored at
// the end (after an optional ")" and "."). They were one pattern, and one alternation of
// seven is a program large enough that reading the last 200 bytes of a paragraph with it
// cost about 1.8 million instructions; apart, each runs only on a paragraph that holds
// what its kind needs, and is a fraction of the size.
type creditTails struct {
	photo   *regexp.Regexp // "Photo by ...", "Image: ...": a photo word and the credit after it
	slash   *regexp.Regexp // photographer and agency, or agency and photographer, around a slash
	getty   *regexp.Regexp // "(AFP via Getty Images)", "Getty Images"
	bracket *regexp.Regexp // "[File: Ann Lee/AP Photo]"
}

func newCreditTails(photo, slash, getty, bracket string) creditTails {
	// The credit's full stop may close it inside the parenthesis or after it: "(Photo by Ann Lee.)".
	end := func(alts string) *regexp.Regexp { return regexp.MustCompile(`(?:` + alts + `)(?:\.?\))?\.?$`) }
	return creditTails{photo: end(photo), slash: end(slash), getty: end(getty), bracket: end(bracket)}
}

// endsInCredit reports whether end ends with a credit of any kind in c.p.creditTail. A
// kind's pattern runs only where end has what each of its matches needs: a slash
// (photographer/agency credits), "Images" (Getty), a closing bracket at the very end
// ("[Photo: ...]"), or a photo word ("Photo by", "Image:") in the last stretch without
// . ! ? ( or ), which a credit of that kind runs to the end in.
func (c *Cleaner) endsInCredit(end string) bool {
	core := strings.TrimRight(end, ".)")
	t := c.p.creditTail
	return strings.HasSuffix(core, "]") && t.bracket.MatchString(end) ||
		strings.Contains(end, "Images") && t.getty.MatchString(end) ||
		hasPhotoWord(core[strings.LastIndexAny(core, ".!?()")+1:]) && t.photo.MatchString(end) ||
		strings.Contains(end, "/") && t.slash.MatchString(end)
}

// hasPhotoWord reports one of the words a photo credit starts with ("Photo", "PHOTO",
// "picture", "Image", "Video"), as parts the pattern's spellings all hold.
func hasPhotoWord(s string) bool {
	for _, w := range []string{"hoto", "HOTO", "icture", "Image", "Video"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// tail returns the last n bytes of s or a little more, cut at a rune boundary.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[i:]
}

// attributesAbove reports credits that sign the photo whose caption is printed just above
// them. "Image source, ..." lines come before their caption instead, so they do not.
func (c *Cleaner) attributesAbove(s string) bool {
	return !strings.HasPrefix(s, "Image source") && !strings.HasPrefix(s, "Image copyright")
}

// dropCaptionAbove removes the paragraph before credit i when it is a caption: short, and
// either in the same block (no blank line between them) or, as agencies print captions,
// right above without a full stop.
func (c *Cleaner) dropCaptionAbove(d *document, i int) {
	if j := i - 1; j >= 0 && !d.paras[j].removed && isBareCaption(d.paras[j].text) {
		d.remove(j, RuleCaption)
		return
	}
	j := i - 1
	for j >= 0 && d.paras[j].removed {
		j--
	}
	if j < 0 || d.paras[j].block != d.paras[i].block || !wordsAtMost(d.paras[j].text, captionMaxWords) || opensQuotation(d.paras[j].text) {
		return
	}
	d.remove(j, RuleCaption)
}

// opensQuotation reports a paragraph that opens with a quotation mark: someone's words, as
// a caption never starts (`“We agreed ...,” the ministry said.` over a wire's credit line
// in text without blank lines). The backquote opens the typewriter marks of wire copy.
func opensQuotation(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("\"“‘'«`", r)
}

// captionMinWords is the shortest line taken for a caption without a full stop: a
// shorter one is more likely a heading.
const captionMinWords = 5

// isBareCaption reports the shape of a caption printed without a full stop.
func isBareCaption(s string) bool {
	n := wordsUpTo(s, captionMaxWords+1)
	return n >= captionMinWords && n <= captionMaxWords && !endsSentence(s) && !endsClause(s)
}

// nameCreditMaxWords is the most space-separated words a match of the name credit pattern
// holds: four names of four words, and a comma standing alone between each two. Longer
// paragraphs, nearly all, are spared its prefilter's reading.
const nameCreditMaxWords = 4*4 + 3

// isNameCredit reports a photographer's name in the agencies' style ("Ann LEE", "ANN
// LEE, BO CHAN"). A name wholly in capitals could be a place or a label, so it counts
// only under a caption.
func (c *Cleaner) isNameCredit(d *document, i int) bool {
	s := d.paras[i].text
	if !mayBeNameCredit(s) || !c.p.nameCredit.MatchString(s) {
		return false
	}
	if !isUpperWord(s) {
		return true
	}
	return i > 0 && !d.paras[i-1].removed && isBareCaption(d.paras[i-1].text)
}

// mayBeNameCredit is a cheap test that spares the name credit pattern most paragraphs:
// it matches whole paragraphs whose only ASCII is letters, spaces, commas, apostrophes
// and hyphens, and a story's first full stop, digit or quotation mark ends the test.
func mayBeNameCredit(s string) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b >= utf8.RuneSelf || 'a' <= b|0x20 && b|0x20 <= 'z' {
			continue
		}
		switch b {
		case ' ', '\t', '\n', '\f', '\r', ',', '\'', '-':
			continue
		}
		return false
	}
	return true
}
