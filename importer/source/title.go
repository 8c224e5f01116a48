package source

import (
	"strings"
	"unicode/utf8"

	"hotline/importer/clean"
)

// Limits of a title line: headlines are short, first paragraphs are not.
const (
	titleMaxWords = 25
	titleMaxRunes = 200
)

// splitTitle takes the title off the top of an article when the first line is one, and
// returns it with the remaining lines. Text files from scrapers often start with the
// headline and sometimes do not, so the first non-empty line is a title when:
//   - it is a Markdown heading ("# ..."), or
//   - it is short, does not open with a dateline ("KYIV (AP) —", "Washington:") and is not
//     furniture itself, and something comes after it, and either it does not end like a
//     sentence (headlines carry no full stop), or the next line is furniture such as a
//     byline or "3 min read", or it ends with ? or ! and a blank line follows.
//
// When the front matter already gave the title, a first line that ends like a sentence is
// the story's first paragraph, whatever follows it ("... on Wednesday." over a live blog's
// "Link Copied!"): parseText keeps it.
func (r *reader) splitTitle(lines []string) (string, []string) {
	i := firstNonEmpty(lines)
	if i < 0 {
		return "", lines
	}
	first := strings.TrimSpace(lines[i])
	if h, ok := strings.CutPrefix(first, "# "); ok {
		return strings.TrimSpace(h), lines[i+1:]
	}
	rest := lines[i+1:]
	j := firstNonEmpty(rest)
	if j < 0 || !r.titleShaped(first) {
		return "", lines
	}
	next := strings.TrimSpace(rest[j])
	last, _ := utf8.DecodeLastRuneInString(first)
	switch {
	case !clean.EndsSentence(first),
		r.cleaner.IsFurniture(next),
		j > 0 && (last == '?' || last == '!'):
		return first, rest
	}
	return "", lines
}

// titleShaped reports a line short enough for a headline that is neither a dateline
// opening a paragraph, nor a dateline's place and dash on a line of its own ("WASHINGTON—"),
// nor a transcript's first turn ("PRIME MINISTER JANE DOE: Good afternoon."), nor furniture.
func (r *reader) titleShaped(s string) bool {
	if len(strings.Fields(s)) > titleMaxWords || utf8.RuneCountInString(s) > titleMaxRunes {
		return false
	}
	if _, _, ok := r.cleaner.SplitDateline(s); ok || clean.PlaceDashLine(s) || r.cleaner.OpensTurn(s) {
		return false
	}
	return !r.cleaner.IsFurniture(s)
}
