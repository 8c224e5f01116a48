package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits of hard-wrapped text. Wire archives, e-mailed releases, PDF exports and Usenet
// copy are wrapped at a fixed column, usually 60 to 80; a paragraph printed as one line
// of a web page is far longer. The numbers only decide whether an article is wrapped; the
// width used to rejoin it is read from the article itself.
const (
	wrapMinWidth  = 30  // narrower "columns" are lists or verse, not wrapped prose
	wrapMaxWidth  = 100 // wider lines are flowing paragraphs
	wrapLongBytes = 120 // a line this long (in bytes) cannot be one of a wrapped article
	wrapMinLines  = 2   // lines broken mid-sentence with a line under them, at least
)

// Unwrap rejoins the lines of a hard-wrapped article into one line per paragraph, so that
// the cleaner and the title reader see paragraphs rather than fragments of them. It
// returns body unchanged (the same string) unless the article as a whole is wrapped:
// flowing articles, whose paragraphs are single long lines, and short-lined text such as
// lists, addresses or verse keep their line structure.
//
// Within a wrapped article a line break is kept where the wrap did not force it: at a
// blank line, before an indented line (paragraph starts), before a list item, before the
// text under a list item, before or after furniture that follows a sentence, after a line
// that had room for the next word (a paragraph's last line, a heading, a byline), and, in
// text with neither blank lines nor indents between paragraphs, at a sentence end outside
// quotation marks. Every other break joins with a space, or with none after a hyphen
// between letters ("Russian-" + "Ukrainian": the hyphen stays, no word is invented). CRLF
// line ends are read as LF and the spaces at the end of a line dropped.
func (c *Cleaner) Unwrap(body string) string {
	return c.UnwrapTitled("", body)
}

// UnwrapTitled is Unwrap for an article whose title is known: a line that prints the
// title keeps the break after it. Scrapers print the headline again over the body, and
// in text without blank lines nothing else tells it from the first paragraph it would
// join ("Kovacs, Berg Vow Closer Ties" + "VIENNA, May 4 (Example) - ...").
func (c *Cleaner) UnwrapTitled(title, body string) string {
	if !mayBeWrapped(body) {
		return body
	}
	norm := strings.ReplaceAll(body, "\r\n", "\n")
	lines := strings.Split(norm, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	margin := leftMargin(lines)
	width, ok := wrapWidth(lines, margin)
	if !ok {
		return body
	}
	lay := layout{width: width, margin: margin}
	marked := paragraphsMarked(lines, lay.margin)
	var b strings.Builder
	b.Grow(len(norm))
	quoted := false // the paragraph so far has an open quotation
	item := false   // the paragraph so far is a list item
	first := true   // the paragraph so far is one line
	for i, line := range lines {
		if i == 0 {
			b.WriteString(line)
			quoted, item = opensQuote(false, line), listItemStart(line)
			continue
		}
		prev := lines[i-1]
		if prev == "" || line == "" || c.keepBreak(prev, line, lay) || isTitle(prev, title) ||
			!marked && !quoted && c.sentenceBreak(prev, line) || item && endsSentence(prev) && startsUpper(line) ||
			!marked && first && headingOverQuote(prev, line) {
			b.WriteByte('\n')
			b.WriteString(line)
			quoted, item, first = opensQuote(false, line), listItemStart(line), true
			continue
		}
		line = strings.TrimLeftFunc(line, unicode.IsSpace)
		if !hyphenJoin(prev, line) {
			b.WriteByte(' ')
		}
		b.WriteString(line)
		quoted, first = opensQuote(quoted, line), false
	}
	return b.String()
}

// paragraphsMarked reports wrapped text whose paragraphs are marked, by blank lines or by
// indented first lines, at least one mark per fifteen lines. Without marks a paragraph
// ends wherever a line ends a sentence and the next starts one: joining two paragraphs
// would glue furniture to the story, while splitting one between sentences costs nothing.
func paragraphsMarked(lines []string, margin int) bool {
	all, marks := 0, 0
	for i, l := range lines {
		if l == "" {
			continue
		}
		all++
		if i > 0 && (lines[i-1] == "" || indent(l) > margin) {
			marks++
		}
	}
	return marks*15 >= all
}

// sentenceBreak reports a line that ends a sentence (or a sentence and an aside in
// brackets after it) followed by one that starts another (with a capital letter, a digit
// or an opening quote). A line ending in an abbreviation ("Mr.", "Antony J.", "the
// U.S.") goes on.
func (c *Cleaner) sentenceBreak(prev, line string) bool {
	if !endsSentence(prev) && !endsAfterAside(prev) || c.endsAbbreviation(prev) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(line, unicode.IsSpace))
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'", r)
}

// endsAfterAside reports a line that ends with an aside in brackets after a sentence's
// end ("... the violence they have faced. [Press release 21 April 2014]"): the sentence
// ended before the aside, which closes its paragraph as a note of its own.
func endsAfterAside(s string) bool {
	if !strings.HasSuffix(s, "]") && !strings.HasSuffix(s, ")") {
		return false
	}
	open := strings.LastIndexAny(s, "[(")
	return open > 0 && endsSentence(strings.TrimRightFunc(s[:open], unicode.IsSpace))
}

// headingOverQuote reports a line of its own that stops short of a sentence and a clause
// (a subheading, a related story's headline: "Minister: Talks were 'a farce'") over a line
// that opens a quotation with a capital: in text without blank lines nothing else ends
// the one line, and news copy puts a comma or a colon before a quotation it runs into.
func headingOverQuote(prev, line string) bool {
	if endsSentence(prev) || endsClause(prev) && !strings.HasSuffix(prev, "'") && !strings.HasSuffix(prev, "’") {
		return false
	}
	rs := []rune(strings.TrimLeftFunc(line, unicode.IsSpace))
	return len(rs) > 1 && strings.ContainsRune("\"“", rs[0]) && unicode.IsUpper(rs[1])
}

// startsUpper reports a line that opens with a capital letter: after a list item that
// ends a sentence, the text under the list rather than the item's own wrapped words (an
// item may well wrap before a name: "Special Mission" + "Wing").
func startsUpper(line string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(line, unicode.IsSpace))
	return unicode.IsUpper(r)
}

// endsAbbreviation reports a line whose last word is an initial ("J."), a dotted short
// form ("U.S.", "D.C.") or a short form of patterns.go's abbreviations ("Mr.", "Gen."),
// which a name or a noun follows more often than a new sentence.
func (c *Cleaner) endsAbbreviation(s string) bool {
	word, ok := strings.CutSuffix(s[strings.LastIndexFunc(s, unicode.IsSpace)+1:], ".")
	if !ok {
		return false
	}
	if strings.Contains(word, ".") || utf8.RuneCountInString(word) == 1 {
		return true
	}
	return c.p.abbreviations[strings.TrimLeft(word, "(\"“‘'")]
}

// opensQuote reports whether a quotation is still open after line, given whether one was
// open before it: straight double quotes toggle, curly ones open and close.
func opensQuote(open bool, line string) bool {
	for _, r := range line {
		switch r {
		case '"':
			open = !open
		case '“':
			open = true
		case '”':
			open = false
		}
	}
	return open
}

// mayBeWrapped is the cheap first look, without allocating, that lets flowing articles
// through at the cost of one scan: an article is not wrapped when a tenth of its lines are
// longer than any wrapped line can be, or when no line is followed by another.
func mayBeWrapped(body string) bool {
	lines, long, inner := 0, 0, 0
	prevFull := false
	for line := range strings.Lines(body) {
		line = strings.TrimSpace(line)
		if line == "" {
			prevFull = false
			continue
		}
		lines++
		if len(line) > wrapLongBytes {
			long++
		}
		if prevFull {
			inner++
		}
		prevFull = true
	}
	return inner >= wrapMinLines && long*10 < lines
}

// wrapWidth reads the column an article was wrapped at from its open lines (those that
// stop mid-sentence with a line of the same paragraph under them: not blank, not
// indented past the margin), and reports whether the article is
// wrapped at all: the open lines of wrapped prose nearly all end close to one column (the
// wrap broke them there), they outnumber the lines that end a sentence, and hardly any line
// of the article runs past that column. A paragraph's last line may be short; in text
// without blank lines it too has a line under it, so it does not count.
func wrapWidth(lines []string, margin int) (int, bool) {
	var open []int
	var overCapital []bool // the open line has a line starting with a capital under it
	all, inner, over := 0, 0, 0
	for i, l := range lines {
		if l == "" {
			continue
		}
		all++
		if i+1 < len(lines) && lines[i+1] != "" && indent(lines[i+1]) <= margin {
			inner++
			if !endsSentence(l) {
				open = append(open, utf8.RuneCountInString(l))
				overCapital = append(overCapital, opensSentence(lines[i+1]))
			}
		}
	}
	if len(open) < wrapMinLines || len(open)*2 < inner {
		return 0, false
	}
	sorted := slices.Clone(open)
	slices.Sort(sorted)
	// The widest open line not far past the upper quartile: a stray long line (a link, a
	// table row) does not set the width.
	limit := sorted[len(sorted)*3/4] + 8
	width := 0
	for _, n := range sorted {
		if n <= limit {
			width = n
		}
	}
	if width < wrapMinWidth || width > wrapMaxWidth {
		return 0, false
	}
	// A short open line over one that opens a sentence is where a heading, a credit or a
	// caption ends in text without blank lines ("- Drone attacks -", "Ann Lee/AFP"), not
	// a line the wrap broke: it counts neither for nor against the wrap.
	full, counted := 0, 0
	for k, n := range open {
		if overCapital[k] && n < width*2/3 {
			continue
		}
		counted++
		if n >= width*2/3 && n <= width {
			full++
		}
	}
	for _, l := range lines {
		if utf8.RuneCountInString(l) > width+2 {
			over++
		}
	}
	return width, counted >= wrapMinLines && full*10 >= counted*8 && over*10 < all
}

// opensSentence reports a line that starts with a capital letter or an opening quotation
// mark.
func opensSentence(line string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(line, unicode.IsSpace))
	return unicode.IsUpper(r) || strings.ContainsRune("\"“‘'", r)
}

// layout is what Unwrap reads off a wrapped article: the column it was wrapped at and the
// indent of its continuation lines.
type layout struct {
	width, margin int
}

// leftMargin returns the smallest indent of the article's lines: the wrapped lines of a
// paragraph start there, and a line indented past it starts a paragraph.
func leftMargin(lines []string) int {
	margin := -1
	for _, l := range lines {
		if n := indent(l); l != "" && (margin < 0 || n < margin) {
			margin = n
		}
	}
	return max(margin, 0)
}

// keepBreak reports whether the break between two non-empty lines of a wrapped article
// is the text's own rather than the wrap's.
func (c *Cleaner) keepBreak(prev, line string, lay layout) bool {
	width := lay.width
	if indent(line) > lay.margin {
		return true // an indented paragraph start
	}
	if quoteMarked(line) {
		return true // e-mail and Usenet quoting ("> ..."): each line keeps its mark
	}
	if isUpperWord(prev) && !isUpperWord(line) {
		return true // a header in capitals over text in mixed case ("MEDIA RELEASE MINISTER FOR ...")
	}
	if strings.HasSuffix(prev, ")") && strings.HasPrefix(strings.TrimSpace(line), "(") {
		return true // an aside of its own under one that closes a line: "(Example Wire/Ann Lee)" + "(Web editor: ...)"
	}
	// A dash after a comma or a closing quotation mark goes on with the sentence ("... two
	// previous years”" + "– a recorded total of ..."); a dash item follows a colon.
	if listItemStart(line) && (endsSentence(prev) || endsClause(prev) && (!dashOpens(line) || strings.HasSuffix(prev, ":")) || listItemStart(prev)) {
		return true
	}
	word := strings.TrimSpace(line)
	if i := strings.IndexFunc(word, unicode.IsSpace); i > 0 {
		word = word[:i]
	}
	// A short line that had room for the next word ended on purpose (a heading, a byline,
	// a paragraph's last line). A long one may not have: fmt and par fill lines to a goal
	// below the width, so their lines stop with room to spare in mid-sentence.
	if n := utf8.RuneCountInString(prev); n+1+utf8.RuneCountInString(word) <= width &&
		(n < width*3/4 || strings.HasSuffix(prev, ":")) {
		return true
	}
	// Furniture starts after a sentence: a fragment such as "Reuters." or "ET (17:06
	// GMT)." that the wrap carried over is the end of a sentence, not a credit, and the
	// last line of a staff credit ("..., Barbara Starr," + "and Ann Lee contributed.") is
	// the rest of that credit. Only a line that is furniture as a whole and ends no
	// sentence (a byline with its time stamp, "Ann Lee Published May 1, 2024 | 2:40 PM"; a
	// related story's headline, "Related Story Envoy says ...") ends before a line that
	// opens one: only the room left on its line told it from prose, and one a little past
	// three quarters of the width leaves none.
	if !endsSentence(prev) {
		return opensSentence(line) && c.ownLine(strings.TrimSpace(prev))
	}
	// The web address of a promotion, which the page printed after its sentence ("...
	// available from the ministry via the internet. https://..."), goes on: the wrap put
	// it on a line of its own, and the promotion is told by the two together.
	if wordsAtMost(line, 1) {
		if rule, ok := c.lineRule(strings.TrimSpace(prev) + " " + strings.TrimSpace(line)); ok && rule == RulePromo {
			return false
		}
	}
	return c.IsFurniture(strings.TrimSpace(line)) || c.IsFurniture(strings.TrimSpace(prev))
}

// ownLine reports furniture that fills a line of its own and ends no sentence: a byline
// (with its time stamp or not) or a related story's headline. Other furniture rules are
// not asked: a promotion's "Click here for ..." runs over many lines, and a line of it
// is no whole.
func (c *Cleaner) ownLine(s string) bool {
	if _, _, ok := c.byline(s); ok {
		return true
	}
	rule, ok := c.lineRule(s)
	return ok && rule == RuleRelated
}

// isTitle reports a line that prints the article's title (when it has one), spaces and
// case aside.
func isTitle(line, title string) bool {
	return title != "" && strings.EqualFold(strings.Join(strings.Fields(line), " "), strings.Join(strings.Fields(title), " "))
}

// hyphenJoin reports a line broken after the hyphen of a compound ("Russian-" +
// "Ukrainian"): the words join with no space and the hyphen stays, since a hyphen at the
// end of a line cannot tell a compound from a split word and a name must not change.
func hyphenJoin(prev, line string) bool {
	rest, ok := strings.CutSuffix(prev, "-")
	if !ok {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(rest)
	after, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(line, unicode.IsSpace))
	return unicode.IsLetter(before) && unicode.IsLetter(after)
}

// dashOpens reports a line that opens with an en or em dash.
func dashOpens(line string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(line, unicode.IsSpace))
	return r == '–' || r == '—'
}

// indent counts the blanks a line starts with.
func indent(s string) int {
	return len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
}

// quoteMarked reports a line quoted from another message, as e-mail and Usenet copy
// print it ("> ...").
func quoteMarked(s string) bool {
	return strings.HasPrefix(strings.TrimLeftFunc(s, unicode.IsSpace), ">")
}

// listItemStart reports a line that opens a list item: a bullet or a number and a dot or
// bracket, then a space.
func listItemStart(s string) bool {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	r, size := utf8.DecodeRuneInString(s)
	if strings.ContainsRune("-*•·–", r) {
		return strings.HasPrefix(s[size:], " ")
	}
	digits := strings.TrimLeftFunc(s, unicode.IsDigit)
	if len(digits) == len(s) || len(s)-len(digits) > 3 {
		return false
	}
	return strings.HasPrefix(digits, ". ") || strings.HasPrefix(digits, ") ")
}
