package gum

import (
	"strconv"
	"strings"
)

// Entity is one gold mention: a token span, its chain and type, its head word and name.
type Entity struct {
	Span
	Chain int    // the document's chain (GUM's group) id
	Type  string // GUM's entity type: person, organization, place, ...
	// Head is the index into Doc.Tokens of the span's word whose head lies outside it.
	Head int
	// Name is the head if it is a proper noun, else a proper noun in apposition or flat
	// beside it ("captain Harry Kane", "mathematician Hermann Weyl"), else -1: GUM marks
	// no names apart, and a mention whose head or its apposition is a proper noun is one.
	// A person mention whose name is plural or follows "the" ("the Olmec", "Americans":
	// a people) is none.
	Name  int
	Named bool // Name >= 0
}

// Chain is what a document's mentions tell of one coreference chain.
type Chain struct {
	Type  string // the type of its last mention
	Named bool   // one of its mentions is a name
	Size  int    // its mentions
}

// entities reads an Entity= value at token i: "(ID-type-...-link[-identity]" opens a
// mention, "ID)" closes the last open mention of its chain, "(ID-...)" is a one-word
// mention. A part of no numeric id is passed over.
func (b *builder) entities(i int, v string) {
	d := &b.doc
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
			d.Entities = append(d.Entities, Entity{Span: Span{From: i, To: i + 1}, Chain: id, Type: parts[1]})
			if !closed {
				b.open[id] = append(b.open[id], len(d.Entities)-1)
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
			d.Entities[st[len(st)-1]].To = i + 1
			b.open[id] = st[:len(st)-1]
		}
	}
}

// heads finds each mention's head word and name, and tells the chains what their mentions
// are.
func (b *builder) heads() {
	d := &b.doc
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
}
