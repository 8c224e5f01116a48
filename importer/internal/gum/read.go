package gum

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Options say how Read builds a document's text.
type Options struct {
	// OmitTitle leaves out of Doc.Text a first paragraph that only repeats the title, as
	// the importer is given an article's headline apart from its body: the entity
	// evaluation reads GUM that way. The date evaluation keeps it, since the dates a
	// heading tells are gold it scores. The left-out words keep their tokens, sentence and
	// annotation, at rune offsets -1.
	OmitTitle bool
}

// Load reads every document of the CoNLL-U file at path.
func Load(path string, o Options) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := Read(f, o)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// Read reads every document of a CoNLL-U stream (# newdoc opens one). A malformed word
// line, a word before any document, or a malformed <date> is an error naming its line; a
// mention, quotation or date left open at a document's end is dropped.
func Read(r io.Reader, o Options) ([]Doc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var docs []Doc
	var b *builder
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		var err error
		id, newdoc := strings.CutPrefix(s, "# newdoc id = ")
		switch {
		case newdoc && b != nil:
			var d Doc
			if d, err = b.finish(); err == nil {
				docs = append(docs, d)
				b = newBuilder(id, o)
			}
		case newdoc:
			b = newBuilder(id, o)
		case b == nil && (s == "" || strings.HasPrefix(s, "#")):
		case b == nil:
			err = fmt.Errorf("a word before any # newdoc")
		case s == "":
			err = b.endSentence()
		case strings.HasPrefix(s, "#"):
			b.comment(s)
		default:
			err = b.word(strings.Split(s, "\t"))
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if b != nil {
		d, err := b.finish()
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// builder holds one document while its lines are read.
type builder struct {
	o         Options
	doc       Doc
	sentFirst int           // index of the current sentence's first token
	printed   []printedAs   // what each token adds to the text
	mwt       multiword     // the multiword token being read
	open      map[int][]int // chain id -> stack of its open mentions (indexes into doc.Entities)
	quotes    []int         // first tokens of the open quotations
	date      *openDate
	dates     []Span // the tokens of each of doc.Dates
}

// printedAs is what a token adds to the text: its form (or the multiword token's, on the
// last of its words, and nothing on the others) and whether a space follows.
type printedAs struct {
	form  string
	space bool
}

// multiword is a multiword token ("4-5 didn't"): the last word it covers (0 when none is
// being read), its form and whether a space follows it.
type multiword struct {
	end   int
	form  string
	space bool
}

func newBuilder(id string, o Options) *builder {
	return &builder{o: o, doc: Doc{ID: id, Chains: map[int]Chain{}}, open: map[int][]int{}}
}

// comment reads the comments a document needs: its metadata and paragraphs.
func (b *builder) comment(s string) {
	d := &b.doc
	switch {
	case s == "# newpar" || strings.HasPrefix(s, "# newpar "):
		if n := len(d.Paragraphs); n == 0 || d.Paragraphs[n-1].To > d.Paragraphs[n-1].From {
			d.Paragraphs = append(d.Paragraphs, Block{Span: Span{len(d.Tokens), len(d.Tokens)}})
		}
	case strings.HasPrefix(s, "# meta::title = "):
		d.Title = strings.TrimPrefix(s, "# meta::title = ")
	case strings.HasPrefix(s, "# meta::genre = "):
		d.Genre = strings.TrimPrefix(s, "# meta::genre = ")
	case strings.HasPrefix(s, "# meta::dateCreated = "):
		if v := strings.TrimPrefix(s, "# meta::dateCreated = "); len(v) >= len("2006-01-02") {
			d.Published = v[:len("2006-01-02")]
		}
	}
}

// endSentence closes the sentence being read, if it has words; a head beyond it is an
// error.
func (b *builder) endSentence() error {
	d := &b.doc
	if len(d.Tokens) == b.sentFirst {
		return nil
	}
	s := Block{Span: Span{b.sentFirst, len(d.Tokens)}}
	for i := s.From; i < s.To; i++ {
		if h := d.Tokens[i].Head; h >= s.To {
			return fmt.Errorf("word %d has head %d beyond the sentence", i-s.From+1, h-s.From+1)
		}
	}
	d.Sentences = append(d.Sentences, s)
	b.sentFirst = len(d.Tokens)
	b.mwt = multiword{}
	return nil
}

// word reads one word line: a syntactic word, a multiword token or an empty node (which
// prints nothing and is skipped).
func (b *builder) word(f []string) error {
	if len(f) != 10 {
		return fmt.Errorf("%d fields, want 10", len(f))
	}
	id, misc := f[0], f[9]
	if strings.Contains(id, ".") {
		return nil
	}
	if lo, hi, ok := strings.Cut(id, "-"); ok {
		_, err1 := strconv.Atoi(lo)
		end, err2 := strconv.Atoi(hi)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("multiword id %q", id)
		}
		b.mwt = multiword{end: end, form: f[1], space: !hasMisc(misc, "SpaceAfter=No")}
		return nil
	}
	d := &b.doc
	n, err := strconv.Atoi(id)
	if err != nil || n != len(d.Tokens)-b.sentFirst+1 {
		return fmt.Errorf("word id %q out of sequence", id)
	}
	t := Token{Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Deprel: f[7], Plural: hasMisc(f[5], "Number=Plur"), Head: -1, Sent: len(d.Sentences)}
	if f[6] != "_" {
		head, err := strconv.Atoi(f[6])
		if err != nil || head < 0 {
			return fmt.Errorf("head %q", f[6])
		}
		if head > 0 {
			t.Head = b.sentFirst + head - 1
		}
	}
	i := len(d.Tokens)
	d.Tokens = append(d.Tokens, t)
	if len(d.Paragraphs) == 0 {
		d.Paragraphs = append(d.Paragraphs, Block{Span: Span{i, i}})
	}
	d.Paragraphs[len(d.Paragraphs)-1].To = i + 1
	p := printedAs{f[1], !hasMisc(misc, "SpaceAfter=No")}
	if b.mwt.end > 0 {
		p = printedAs{}
		if n == b.mwt.end {
			p = printedAs{b.mwt.form, b.mwt.space}
			b.mwt = multiword{}
		}
	}
	b.printed = append(b.printed, p)
	return b.annotation(i, misc)
}

// annotation reads the gold annotation of token i's MISC column: mentions (Entity=),
// quotations and dates (XML=).
func (b *builder) annotation(i int, misc string) error {
	for _, item := range strings.Split(misc, "|") {
		if v, ok := strings.CutPrefix(item, "Entity="); ok {
			b.entities(i, v)
		}
		if v, ok := strings.CutPrefix(item, "XML="); ok {
			if err := b.xml(i, v); err != nil {
				return err
			}
		}
	}
	return nil
}

// hasMisc says whether a MISC (or FEATS) column holds item.
func hasMisc(misc, item string) bool {
	for _, m := range strings.Split(misc, "|") {
		if m == item {
			return true
		}
	}
	return false
}

// finish closes the document's last sentence, prints the document's text, places its
// tokens, blocks and dates on it, and finds its mentions' heads and names.
func (b *builder) finish() (Doc, error) {
	if err := b.endSentence(); err != nil {
		return Doc{}, err
	}
	b.print()
	d := &b.doc
	rs := []rune(d.Text)
	for k, s := range b.dates {
		g := &d.Dates[k]
		g.Start, g.End = d.Tokens[s.From].Start, d.Tokens[s.To-1].End
		if g.Start >= 0 {
			g.Text = string(rs[g.Start:g.End])
		}
	}
	b.heads()
	return b.doc, nil
}
