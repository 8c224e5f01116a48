// Package clean strips page furniture from an article body (bylines, photo credits and
// captions, links and lists of other stories, staff credits and the page after them,
// timestamps, navigation, share bars, notices, appeals, press contacts, author bios,
// readers' comments, repeated titles and paragraphs, datelines), keeping what it took out in fields of its
// own, so that extraction sees only the story: people named in furniture are no actors.
//
// Every rule is general: it looks at the shape of a line (a byline is "By" and names, a
// credit ends in "Name/AGENCY"), never at the words of one particular article, because the
// importer meets articles from sites it has never seen. The patterns and word lists of the
// rules are data, in patterns.go; the files named after each kind of furniture hold the
// logic that applies them. Cleaning only decides which text is kept: extraction's offsets
// are into the cleaned text. Hard-wrapped copy (wire archives, e-mailed releases, PDF
// exports) is first rejoined into paragraphs (unwrap.go), so that the rules see whole
// paragraphs; that rejoined text is what the cleaned text and its offsets come from.
package clean

import "hotline/importer/extract/lexicon"

// Result is a cleaned article body.
type Result struct {
	Text         string    // the story, paragraphs separated by "\n\n"
	Byline       string    // "Clyde Hughes" from "By Clyde Hughes"
	Dateline     string    // the place: "Washington" from "Washington: ..." or "KYIV, Ukraine (AP) —"
	DatelineDate string    // the date a dateline gives instead of or after the place: "Feb. 1" from "Feb. 1 (UPI) --"
	Publisher    string    // "UPI", "Alwaght" when the dateline or byline names one
	Removed      []Removed // what was taken out, by which rule, in the order of the text
	Stamps       []Stamp   // the time stamps taken out from over entries, where each entry starts in Text
}

// Captions returns the texts of the photo captions cleaning removed.
func (r Result) Captions() []string {
	var out []string
	for _, x := range r.Removed {
		if x.Rule == RuleCaption {
			out = append(out, x.Text)
		}
	}
	return out
}

// Removed is one piece of furniture and the rule that removed it.
type Removed struct {
	Rule string
	Text string
}

// Rule names, as they appear in Removed.Rule.
const (
	RuleByline      = "byline"
	RuleCredit      = "credit"
	RuleCaption     = "caption"
	RuleRelated     = "related"
	RuleWidget      = "widget"
	RulePromo       = "promo"
	RuleAppeal      = "appeal"
	RuleBio         = "bio"
	RuleRepeat      = "repeat"
	RuleTitle       = "title"
	RuleReadTime    = "read-time"
	RuleDateline    = "dateline"
	RuleHeading     = "heading"
	RuleFragment    = "fragment"
	RuleNotice      = "notice"       // cookie, script and browser notices
	RuleContactInfo = "contact-info" // a release's press contacts and their telephone numbers
	RuleEnd         = "end"          // an end mark ("###", "END") or the page after the story's credits
	RuleLead        = "lead"         // headline, caption or timestamp above a wire dateline
	RuleComment     = "comment"      // readers' comments under the story, and the page after them
)

// Cleaner holds the compiled patterns of every rule. Build it once with New and share it:
// it is safe for concurrent use because nothing in it changes after New.
type Cleaner struct {
	p     patterns
	lines []lineTest
	// lex knows the offices, titles and given names that tell a lead printed in capitals
	// ("PRESIDENT JANE DOE met ...") from a dateline's place.
	lex *lexicon.Lexicon
}

// New compiles the rules. It panics if the embedded lexicon does not parse, as
// regexp.MustCompile does for a bad pattern: both are bugs of the program, not of its input.
func New() *Cleaner {
	lex, err := lexicon.Load()
	if err != nil {
		panic(err)
	}
	return NewWith(lex)
}

// NewWith compiles the rules around a lexicon loaded already: an import's extractor has
// one, and a second copy would cost 28 ms a run to load.
func NewWith(lex *lexicon.Lexicon) *Cleaner {
	return &Cleaner{p: newPatterns(), lines: lineTests(), lex: lex}
}

// Clean returns the story of body without its furniture. It compiles the rules on every
// call; an importer cleaning many articles should use New once and Cleaner.Clean.
func Clean(body string) Result {
	return New().Clean(body)
}

// Clean returns the story of body without its furniture. The order matters: line-level
// furniture goes first so that a caption is recognised by the credit under it, repeats are
// found among what is left, and the dateline is read from the first paragraph of the story.
func (c *Cleaner) Clean(body string) Result {
	return c.CleanTitled("", body)
}

// CleanTitled is Clean for an article whose title is known: scrapers often keep the
// headline in the body as well, and a paragraph that repeats the title is no story. A
// hard-wrapped body is first rejoined into paragraphs (see Unwrap).
func (c *Cleaner) CleanTitled(title, body string) Result {
	doc := &document{paras: splitParagraphs(c.UnwrapTitled(title, body))}
	dropTitle(doc, title)
	c.bareByline(doc)
	c.dropComments(doc)
	c.stripLines(doc)
	dropTeasers(doc)
	dropAfterEnd(doc)
	c.dropTail(doc)
	dropRepeats(doc)
	c.dropHeadings(doc)
	c.dropLoneNames(doc)
	dropUnfinished(doc)
	c.dropLead(doc)
	c.takeDateline(doc)
	res := doc.result()
	res.Stamps = c.entryStamps(doc)
	return res
}
