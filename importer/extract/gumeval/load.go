// Package gumeval turns the documents of the GUM treebank (Zeldes 2017, "The GUM Corpus:
// Creating Multilayer Resources in the Classroom", CC BY 4.0; the CONLL-U files in
// ../shared/ud) into articles as the importer sees them, with GUM's gold entity and
// coreference annotation kept per token, and scores the extractor's names, actor merging,
// pronouns and quote speakers against it (score.go). GUM is real text with gold that is
// independent of the development set; it is no diplomatic news, so it measures the
// person-finding parts of extraction only.
package gumeval

import (
	"bufio"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Doc is one GUM document rebuilt as an article.
type Doc struct {
	ID, Title, Genre string
	Published        string // YYYY-MM-DD from meta::dateCreated, or ""
	// Text is the body: sentences joined by a space, paragraphs (# newpar) by a blank line,
	// tokens by a space unless SpaceAfter=No. A first paragraph that only repeats the title
	// is left out, as the importer gives the headline apart.
	Text     string
	Tokens   []Token
	Entities []Entity
	Quotes   []Span // <quote> and <q> spans, token indexes
	// Chains holds every chain id of the document with its type and whether one of its
	// mentions is a name (its head is a proper noun).
	Chains map[int]Chain
}

// Token is one syntactic word with its rune offsets into Doc.Text (Start is -1 for a word
// of the left-out title paragraph; the words of a contraction share its offsets).
type Token struct {
	Form, Lemma, UPOS, Deprel string
	Plural                    bool // FEATS has Number=Plur
	Head                      int  // index into Doc.Tokens of the head, or -1 for the root
	Sent                      int
	Start, End                int
}

// Span is a half-open range of token indexes.
type Span struct{ From, To int }

// Entity is one gold mention: a token span, its chain and type, its head word.
type Entity struct {
	Span
	Chain int // the document's chain (GUM's group) id
	Type  string
	Head  int  // index into Doc.Tokens: the word of the span whose head lies outside it
	Name  int  // the head if it is a proper noun, else a proper noun in apposition or flat beside it ("captain Harry Kane", "mathematician Hermann Weyl"), else -1; -1 for a plural or one after "the" ("the Olmec", "Americans": a people)
	Named bool // Name >= 0
}

// Chain is what the loader knows of one coreference chain.
type Chain struct {
	Type  string
	Named bool // one of its mentions is a name
	Size  int
}

// Load reads every document of a CONLL-U file.
func Load(path string) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []Doc
	var b *builder
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# newdoc id = "):
			if b != nil {
				docs = append(docs, b.finish())
			}
			b = newBuilder(strings.TrimPrefix(line, "# newdoc id = "))
		case b == nil:
		case strings.HasPrefix(line, "# meta::title = "):
			b.doc.Title = strings.TrimPrefix(line, "# meta::title = ")
		case strings.HasPrefix(line, "# meta::genre = "):
			b.doc.Genre = strings.TrimPrefix(line, "# meta::genre = ")
		case strings.HasPrefix(line, "# meta::dateCreated = "):
			if d := strings.TrimPrefix(line, "# meta::dateCreated = "); len(d) >= 10 {
				b.doc.Published = d[:10]
			}
		case line == "# newpar" || strings.HasPrefix(line, "# newpar "):
			b.newPar()
		case line == "":
			b.endSentence()
		case strings.HasPrefix(line, "#"):
		default:
			if err := b.word(strings.Split(line, "\t")); err != nil {
				return nil, fmt.Errorf("%s: %s: %w", path, b.doc.ID, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if b != nil {
		docs = append(docs, b.finish())
	}
	return docs, nil
}

// builder holds one document while its lines are read.
type builder struct {
	doc        Doc
	pars       [][]int // token indexes of each paragraph
	sent       int
	sentFirst  int // index of the sentence's first token
	surface    []surfaceWord
	mwtEnd     int    // last word id of the contraction being read, or 0
	mwtForm    string // its surface form
	mwtSpace   bool
	open       map[int][]int // chain id -> stack of open entity indexes
	quoteStart []int
}

func newBuilder(id string) *builder {
	return &builder{doc: Doc{ID: id, Chains: map[int]Chain{}}, open: map[int][]int{}, sentFirst: 0}
}

func (b *builder) newPar() { b.pars = append(b.pars, nil) }

func (b *builder) endSentence() {
	if len(b.doc.Tokens) > b.sentFirst {
		b.sent++
		b.sentFirst = len(b.doc.Tokens)
	}
}

// word reads one CONLL-U line.
func (b *builder) word(f []string) error {
	if len(f) < 10 {
		return fmt.Errorf("short line %q", strings.Join(f, "\t"))
	}
	if strings.Contains(f[0], ".") {
		return nil // an empty node
	}
	misc := f[9]
	if lo, hi, ok := strings.Cut(f[0], "-"); ok {
		end, err := strconv.Atoi(hi)
		if err != nil {
			return err
		}
		if _, err := strconv.Atoi(lo); err != nil {
			return err
		}
		b.mwtEnd, b.mwtForm, b.mwtSpace = end, f[1], !hasMisc(misc, "SpaceAfter=No")
		return nil
	}
	id, err := strconv.Atoi(f[0])
	if err != nil {
		return err
	}
	head, err := strconv.Atoi(f[6])
	if err != nil {
		return err
	}
	if len(b.pars) == 0 {
		b.newPar()
	}
	i := len(b.doc.Tokens)
	t := Token{Form: f[1], Lemma: f[2], UPOS: f[3], Deprel: f[7], Plural: hasMisc(f[5], "Number=Plur"), Sent: b.sent, Head: -1}
	if head > 0 {
		t.Head = b.sentFirst + head - 1
	}
	b.doc.Tokens = append(b.doc.Tokens, t)
	surface, space := f[1], !hasMisc(misc, "SpaceAfter=No")
	if b.mwtEnd > 0 {
		surface, space = "", false
		if id == b.mwtEnd {
			surface, space, b.mwtEnd = b.mwtForm, b.mwtSpace, 0
		}
	}
	b.pars[len(b.pars)-1] = append(b.pars[len(b.pars)-1], i)
	b.surface = append(b.surface, surfaceWord{surface, space})
	for _, item := range strings.Split(misc, "|") {
		if e, ok := strings.CutPrefix(item, "Entity="); ok {
			b.entities(i, e)
		}
		if x, ok := strings.CutPrefix(item, "XML="); ok {
			b.xml(i, x)
		}
	}
	return nil
}

// surfaceWord is what a token adds to the text: its form (or the contraction's, on its
// last word, and nothing on the others) and whether a space follows.
type surfaceWord struct {
	form  string
	space bool
}

func hasMisc(misc, item string) bool {
	for _, m := range strings.Split(misc, "|") {
		if m == item {
			return true
		}
	}
	return false
}

// entities reads an Entity= value at token i: "(ID-type-...-link[-identity]" opens,
// "ID)" closes, "(ID-...)" is a one-word mention.
func (b *builder) entities(i int, v string) {
	for len(v) > 0 {
		if v[0] == '(' {
			end := strings.IndexAny(v[1:], "()")
			body := v[1:]
			closed := false
			if end >= 0 {
				body = v[1 : 1+end]
				closed = v[1+end] == ')'
				v = v[1+end:]
				if closed {
					v = v[1:]
				}
			} else {
				v = ""
			}
			parts := strings.Split(body, "-")
			id, err := strconv.Atoi(parts[0])
			if err != nil || len(parts) < 2 {
				continue
			}
			b.doc.Entities = append(b.doc.Entities, Entity{Span: Span{From: i, To: i + 1}, Chain: id, Type: parts[1]})
			if !closed {
				b.open[id] = append(b.open[id], len(b.doc.Entities)-1)
			}
			continue
		}
		end := strings.IndexAny(v, "()")
		tok := v
		if end >= 0 {
			tok, v = v[:end], v[end:]
		} else {
			v = ""
		}
		if end >= 0 && v[0] == ')' {
			v = v[1:]
		}
		id, err := strconv.Atoi(tok)
		if err != nil {
			continue
		}
		if st := b.open[id]; len(st) > 0 {
			b.doc.Entities[st[len(st)-1]].To = i + 1
			b.open[id] = st[:len(st)-1]
		}
	}
}

// xml reads the quotation tags of an XML= value at token i.
func (b *builder) xml(i int, v string) {
	v, _ = url.PathUnescape(v)
	for _, tag := range strings.Split(v, "><") {
		tag = strings.Trim(tag, "<>")
		switch {
		case tag == "quote" || strings.HasPrefix(tag, "quote ") || tag == "q" || strings.HasPrefix(tag, "q "):
			b.quoteStart = append(b.quoteStart, i)
		case tag == "/quote" || tag == "/q":
			if n := len(b.quoteStart); n > 0 {
				b.doc.Quotes = append(b.doc.Quotes, Span{From: b.quoteStart[n-1], To: i + 1})
				b.quoteStart = b.quoteStart[:n-1]
			}
		}
	}
}

// finish builds the text, the offsets and the entities' heads.
func (b *builder) finish() Doc {
	d := b.doc
	var sb strings.Builder
	n := 0 // runes written
	for k := range d.Tokens {
		d.Tokens[k].Start, d.Tokens[k].End = -1, -1
	}
	for p, par := range b.pars {
		if len(par) == 0 {
			continue
		}
		if p == 0 && b.plain(par) == d.Title {
			continue
		}
		if n > 0 {
			sb.WriteString("\n\n")
			n += 2
		}
		pending := -1 // first word of a contraction not yet written
		space := false
		for _, i := range par {
			w := b.surface[i]
			if w.form == "" {
				if pending < 0 {
					pending = i
				}
				continue
			}
			if space {
				sb.WriteByte(' ')
				n++
			}
			space = w.space
			start := n
			sb.WriteString(w.form)
			n += utf8.RuneCountInString(w.form)
			from := i
			if pending >= 0 {
				from = pending
			}
			for j := from; j <= i; j++ {
				d.Tokens[j].Start, d.Tokens[j].End = start, n
			}
			pending = -1
		}
	}
	d.Text = sb.String()
	in := func(e Entity, h int) bool { return h >= e.From && h < e.To }
	for k := range d.Entities {
		e := &d.Entities[k]
		e.Head = e.From
		for h := e.From; h < e.To; h++ {
			if g := d.Tokens[h].Head; g < 0 || !in(*e, g) {
				e.Head = h
				break
			}
		}
		e.Name = -1
		if d.Tokens[e.Head].UPOS == "PROPN" {
			e.Name = e.Head
		}
		for h := e.From; h < e.To && e.Name < 0; h++ {
			if t := d.Tokens[h]; t.Head == e.Head && (t.Deprel == "appos" || t.Deprel == "flat") && t.UPOS == "PROPN" {
				e.Name = h // "captain Harry Kane", "team member Rodaba Noori": a name beside the head noun
			}
		}
		if e.Name >= 0 && e.Type == "person" && (d.Tokens[e.Name].Plural || e.Name == e.Head && d.Tokens[e.From].Lemma == "the") {
			e.Name = -1 // a people or a group, "the Olmec", "Americans": no person's name
		}
		e.Named = e.Name >= 0
		c := d.Chains[e.Chain]
		c.Type = e.Type
		c.Named = c.Named || e.Named
		c.Size++
		d.Chains[e.Chain] = c
	}
	return d
}

// plain is the text of a paragraph's tokens, for comparing with the title.
func (b *builder) plain(par []int) string {
	var sb strings.Builder
	for k, i := range par {
		w := b.surface[i]
		if w.form == "" {
			continue
		}
		sb.WriteString(w.form)
		if k+1 < len(par) && w.space {
			sb.WriteByte(' ')
		}
	}
	return strings.TrimSpace(sb.String())
}
