package gum

import (
	"strings"
	"unicode/utf8"
)

// print builds Doc.Text paragraph by paragraph, leaving out a first paragraph that only
// repeats the title if the options say so, and places the tokens, sentences and
// paragraphs on it.
func (b *builder) print() {
	d := &b.doc
	for k := range d.Tokens {
		d.Tokens[k].Start, d.Tokens[k].End = -1, -1
	}
	var text strings.Builder
	n := 0 // runes written
	for p := range d.Paragraphs {
		par := &d.Paragraphs[p]
		s, at := b.printParagraph(par.Span)
		if p == 0 && b.o.OmitTitle && strings.TrimSpace(s) == d.Title {
			continue
		}
		if n > 0 {
			text.WriteString("\n\n")
			n += 2
		}
		for k, r := range at {
			if r[0] >= 0 {
				d.Tokens[par.From+k].Start, d.Tokens[par.From+k].End = n+r[0], n+r[1]
			}
		}
		text.WriteString(s)
		n += utf8.RuneCountInString(s)
	}
	d.Text = text.String()
	for _, bs := range [][]Block{d.Paragraphs, d.Sentences} {
		for k := range bs {
			bs[k].Start, bs[k].End = d.Tokens[bs[k].From].Start, d.Tokens[bs[k].To-1].End
		}
	}
}

// printParagraph prints the tokens of one paragraph: each token's form followed by a
// space unless it has SpaceAfter=No, none after the last. It returns the text and each
// token's rune offsets in it, the words of a multiword token taking the offsets of the
// form printed for them all (-1 for words of one the paragraph ends inside).
func (b *builder) printParagraph(par Span) (string, [][2]int) {
	var s strings.Builder
	at := make([][2]int, par.To-par.From)
	for k := range at {
		at[k] = [2]int{-1, -1}
	}
	n := 0
	pending := par.From // first word not yet placed: the words of a multiword token wait for its last
	space := false
	for i := par.From; i < par.To; i++ {
		w := b.printed[i]
		if w.form == "" {
			continue
		}
		if space {
			s.WriteByte(' ')
			n++
		}
		space = w.space
		start := n
		s.WriteString(w.form)
		n += utf8.RuneCountInString(w.form)
		for j := pending; j <= i; j++ {
			at[j-par.From] = [2]int{start, n}
		}
		pending = i + 1
	}
	return s.String(), at
}
