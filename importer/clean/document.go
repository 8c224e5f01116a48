package clean

import "strings"

// para is one paragraph of the body while it is being cleaned. block numbers the groups
// of lines that were separated by blank lines in the input: a caption and the credit under
// it usually share a block.
type para struct {
	text    string
	block   int
	removed bool
	ends    bool // a credit or end mark that closes the story: what follows may be the page's
}

// document is the body being cleaned and what has been learned about it so far.
type document struct {
	paras []para
	res   Result
}

// remove takes paragraph i out of the story under rule.
func (d *document) remove(i int, rule string) {
	if d.paras[i].removed {
		return
	}
	d.paras[i].removed = true
	d.res.Removed = append(d.res.Removed, Removed{Rule: rule, Text: d.paras[i].text})
}

// note records furniture that was cut out of a paragraph that stays.
func (d *document) note(rule, text string) {
	d.res.Removed = append(d.res.Removed, Removed{Rule: rule, Text: text})
}

// live returns the indexes of the paragraphs still in the story, in order.
func (d *document) live() []int {
	idx := make([]int, 0, len(d.paras))
	for i, p := range d.paras {
		if !p.removed {
			idx = append(idx, i)
		}
	}
	return idx
}

// result joins the remaining paragraphs, "\n\n" between them, into one string built in
// one allocation.
func (d *document) result() Result {
	size := 0
	for _, p := range d.paras {
		if !p.removed && p.text != "" {
			size += len(p.text) + len("\n\n")
		}
	}
	var b strings.Builder
	b.Grow(max(size-len("\n\n"), 0))
	for _, p := range d.paras {
		if !p.removed && p.text != "" {
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(p.text)
		}
	}
	d.res.Text = b.String()
	return d.res
}
