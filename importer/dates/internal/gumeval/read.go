package gumeval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Grain is how precise a gold date is.
type Grain int

const (
	// Day is a day ("2011-04-13", a time of one, "--07-04" of no year).
	Day Grain = iota + 1
	// Month is a month ("2011-04", "--10" of no year).
	Month
	// Year is a year ("2011", "0837").
	Year
	// Range is a span given by from/to or notBefore/notAfter ("last week", "the 1960s").
	Range
	// Other is a value of no calendar date GUM also marks: before the common era, a
	// geological age, a slip ("w").
	Other
)

// String names the grain for logs.
func (g Grain) String() string {
	switch g {
	case Day:
		return "day"
	case Month:
		return "month"
	case Year:
		return "year"
	case Range:
		return "range"
	case Other:
		return "other"
	}
	return "unknown"
}

// Gold is one date GUM marks.
type Gold struct {
	// Start and End are rune offsets into Doc.Text, End exclusive.
	Start, End int
	Text       string
	// Value is the when= value; From and To the bounds of a range (from/to or
	// notBefore/notAfter; one may be empty).
	Value, From, To string
	Grain           Grain
}

// Sentence is one sentence of a document, in rune offsets into Doc.Text.
type Sentence struct{ Start, End int }

// Doc is one GUM document rebuilt as the text an article's importer sees.
type Doc struct {
	ID, Title string
	// Published is the document's dateCreated (YYYY-MM-DD).
	Published string
	// Text is the document's tokens joined as printed: sentences of a paragraph by a
	// space, paragraphs by a blank line.
	Text      string
	Sentences []Sentence
	Gold      []Gold
}

// Load reads the CoNLL-U file at path.
func Load(path string) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f)
}

var (
	dateTag  = regexp.MustCompile(`<(/?)date\b([^>]*)>`)
	attrPair = regexp.MustCompile(`(\w+):::"([^"]*)"`)
)

// reader is the state of Read: the document being built.
type reader struct {
	docs    []Doc
	text    strings.Builder
	runes   int  // runes written to text
	newPar  bool // a "# newpar" since the last sentence
	inSent  bool // a token of the current sentence written
	sentAt  int
	open    *Gold
	mwtEnd  int // the last word id the current multiword token covers
	mwtFrom int // rune offsets of the current multiword token
	mwtTo   int
}

// Read reads documents from a CoNLL-U stream. A malformed token line is an error naming
// its line number.
func Read(r io.Reader) ([]Doc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var rd reader
	line := 0
	for sc.Scan() {
		line++
		if err := rd.line(sc.Text()); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	rd.endDoc()
	return rd.docs, nil
}

// line reads one line of the file.
func (rd *reader) line(s string) error {
	switch {
	case s == "":
		rd.endSentence()
		return nil
	case strings.HasPrefix(s, "# newdoc id = "):
		rd.endDoc()
		rd.docs = append(rd.docs, Doc{ID: strings.TrimPrefix(s, "# newdoc id = ")})
		rd.newPar = false
		return nil
	case strings.HasPrefix(s, "#"):
		rd.comment(s)
		return nil
	}
	if len(rd.docs) == 0 {
		return fmt.Errorf("a token before any # newdoc")
	}
	f := strings.Split(s, "\t")
	if len(f) != 10 {
		return fmt.Errorf("%d fields, want 10", len(f))
	}
	id, misc := f[0], f[9]
	switch {
	case strings.Contains(id, "."):
		return nil // an empty node prints nothing
	case strings.Contains(id, "-"):
		var from, to int
		if _, err := fmt.Sscanf(id, "%d-%d", &from, &to); err != nil {
			return fmt.Errorf("multiword id %q", id)
		}
		rd.mwtFrom, rd.mwtTo = rd.write(f[1], misc)
		rd.mwtEnd = to
		return nil
	}
	var n int
	if _, err := fmt.Sscanf(id, "%d", &n); err != nil {
		return fmt.Errorf("word id %q", id)
	}
	from, to := rd.mwtFrom, rd.mwtTo
	if n > rd.mwtEnd {
		from, to = rd.write(f[1], misc)
	}
	return rd.tags(misc, from, to)
}

// comment reads the comments Read needs: the title, publication date and paragraphs.
func (rd *reader) comment(s string) {
	d := &rd.docs[len(rd.docs)-1]
	switch {
	case strings.HasPrefix(s, "# newpar"):
		rd.newPar = true
	case strings.HasPrefix(s, "# meta::title = "):
		d.Title = strings.TrimPrefix(s, "# meta::title = ")
	case strings.HasPrefix(s, "# meta::dateCreated = "):
		d.Published = strings.TrimPrefix(s, "# meta::dateCreated = ")
	}
}

// write appends a token's form to the text, after the space or paragraph break that
// separates it from what came before, and returns its rune offsets.
func (rd *reader) write(form, misc string) (int, int) {
	if !rd.inSent {
		switch {
		case rd.runes == 0:
		case rd.newPar:
			rd.add("\n\n")
		default:
			rd.add(" ")
		}
		rd.newPar, rd.inSent, rd.sentAt = false, true, rd.runes
	}
	from := rd.runes
	rd.add(form)
	to := rd.runes
	if !strings.Contains(misc, "SpaceAfter=No") {
		rd.add(" ")
	}
	return from, to
}

func (rd *reader) add(s string) {
	rd.text.WriteString(s)
	rd.runes += utf8.RuneCountInString(s)
}

// tags opens and closes the gold dates a word's XML field marks; the word spans runes
// [from, to).
func (rd *reader) tags(misc string, from, to int) error {
	at := strings.Index(misc, "XML=")
	if at < 0 {
		return nil
	}
	for _, m := range dateTag.FindAllStringSubmatch(misc[at:], -1) {
		if m[1] == "/" {
			if rd.open == nil {
				return fmt.Errorf("</date> with no <date>")
			}
			rd.open.End = to
			d := &rd.docs[len(rd.docs)-1]
			d.Gold = append(d.Gold, *rd.open)
			rd.open = nil
			continue
		}
		if rd.open != nil {
			return fmt.Errorf("<date> inside a <date>")
		}
		g := Gold{Start: from}
		for _, a := range attrPair.FindAllStringSubmatch(m[2], -1) {
			switch a[1] {
			case "when":
				g.Value = a[2]
			case "from", "notBefore":
				g.From = a[2]
			case "to", "notAfter":
				g.To = a[2]
			}
		}
		g.Grain = grainOf(g)
		rd.open = &g
	}
	return nil
}

// endSentence closes the sentence being read, trimming the space after its last token.
func (rd *reader) endSentence() {
	if !rd.inSent {
		return
	}
	s := strings.TrimSuffix(rd.text.String(), " ")
	if len(s) < rd.text.Len() {
		rd.text.Reset()
		rd.text.WriteString(s)
		rd.runes--
	}
	d := &rd.docs[len(rd.docs)-1]
	d.Sentences = append(d.Sentences, Sentence{rd.sentAt, rd.runes})
	rd.inSent, rd.mwtEnd = false, 0
}

// endDoc closes the document being read and fills in its text and the gold's words.
func (rd *reader) endDoc() {
	rd.endSentence()
	if len(rd.docs) == 0 {
		return
	}
	d := &rd.docs[len(rd.docs)-1]
	d.Text = rd.text.String()
	rs := []rune(d.Text)
	for i := range d.Gold {
		d.Gold[i].Text = string(rs[d.Gold[i].Start:d.Gold[i].End])
	}
	rd.text.Reset()
	rd.runes, rd.open = 0, nil
}

var (
	dayValue   = regexp.MustCompile(`^(\d{4}-\d\d-\d\d|--\d\d-\d\d)(T.*)?$`)
	monthValue = regexp.MustCompile(`^(\d{4}-\d\d|--\d\d)$`)
	yearValue  = regexp.MustCompile(`^\d{4}$`)
)

// grainOf tells how precise a gold date is by its value.
func grainOf(g Gold) Grain {
	switch v := g.Value; {
	case v == "" && (g.From != "" || g.To != ""):
		return Range
	case dayValue.MatchString(v):
		return Day
	case monthValue.MatchString(v):
		return Month
	case yearValue.MatchString(v):
		return Year
	}
	return Other
}
