package clean

import "unicode/utf8"

// Stamp is a time stamp the cleaner took out from over a live blog's entry, and where
// the entry starts in the cleaned text: the entry's "today" and weekdays count from the
// stamp's day when it gives one ("Tue 4 Mar 2025 18.05 GMT"), not from the publication
// day of a blog that runs over several days.
type Stamp struct {
	At   int    // rune offset in Result.Text of the paragraph after the stamp
	Text string // the stamp as printed
}

// entryStamps records the removed paragraphs that are time stamps, at the offset of the
// first kept paragraph after each (document.result joins kept paragraphs with "\n\n").
// A stamp with no kept paragraph after it stamps nothing.
func (c *Cleaner) entryStamps(doc *document) []Stamp {
	var out []Stamp
	at, kept := 0, false
	var pending []string
	for _, p := range doc.paras {
		if p.removed {
			if c.isTimeLine(p.text) {
				pending = append(pending, p.text)
			}
			continue
		}
		if p.text == "" {
			continue
		}
		if kept {
			at += utf8.RuneCountInString("\n\n")
		}
		for _, s := range pending {
			out = append(out, Stamp{At: at, Text: s})
		}
		pending = pending[:0]
		at += utf8.RuneCountInString(p.text)
		kept = true
	}
	return out
}

// IsEntryStamp reports a line the cleaner cuts as a time stamp that prints a clock time:
// "Tue 4 Mar 2025 18.05 GMT", "Updated March 4, 2025, 9:12 a.m. ET". Over a live blog's
// first entry it is that entry's stamp, not the page's date: the source reader leaves such
// a first line in a body whose front matter already dated it, so that the cleaner hands it
// on (Result.Stamps) and the first entry's "today" counts from its day.
func (c *Cleaner) IsEntryStamp(line string) bool {
	return c.isTimeLine(line) && c.readStamp(line).clock
}
