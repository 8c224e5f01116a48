package gumeval

import (
	"fmt"
	"strings"
	"unicode"

	"hotline/importer/extract"
)

// Tally counts what Score compares, summed over documents.
type Tally struct {
	// names: our name mentions of persons (organizations) that hit a gold named entity of
	// that type, and the gold named entities of that type that one of ours covers
	Names [2]Ratio // precision, recall for persons
	Orgs  [2]Ratio // precision, recall for organizations
	// Merged: gold person chains of which we found two or more names, all in one actor.
	Merged Ratio
	// Mixed: our persons with two or more names that hit gold, whose names hit two chains.
	Mixed Ratio
	// Pronouns: he/she/him/her/his/they resolved to a person whose names are in the
	// pronoun's gold chain.
	Pronouns Ratio
	// Speakers: gold quotations we extract whose speech verb's gold subject is in a chain
	// with a named person, attributed to that person.
	Speakers Ratio
	// Quotes: gold quotations with such a subject, and how many of them we extract.
	Quotes Ratio
	// Unnamed: gold quotations we extract whose speaker is a person the text never names
	// ("a woman said"), given to no person of ours.
	Unnamed Ratio
}

// Ratio is a count of hits over a total.
type Ratio struct{ Hit, N int }

// Add sums two tallies.
func (t *Tally) Add(o Tally) {
	for k := range 2 {
		t.Names[k].add(o.Names[k])
		t.Orgs[k].add(o.Orgs[k])
	}
	t.Merged.add(o.Merged)
	t.Mixed.add(o.Mixed)
	t.Pronouns.add(o.Pronouns)
	t.Speakers.add(o.Speakers)
	t.Quotes.add(o.Quotes)
	t.Unnamed.add(o.Unnamed)
}

func (r *Ratio) add(o Ratio) { r.Hit += o.Hit; r.N += o.N }

// Value is Hit/N, or 0 for an empty ratio.
func (r Ratio) Value() float64 {
	if r.N == 0 {
		return 0
	}
	return float64(r.Hit) / float64(r.N)
}

func (r Ratio) String() string { return fmt.Sprintf("%.3f (%d/%d)", r.Value(), r.Hit, r.N) }

// Line is the tally in one line.
func (t Tally) Line() string {
	return fmt.Sprintf("person names P %v R %v; org names P %v R %v; chains merged %v; actors mixing chains %v; pronouns %v; quote speakers %v (quotes found %v); unnamed speakers left so %v",
		t.Names[0], t.Names[1], t.Orgs[0], t.Orgs[1], t.Merged, t.Mixed, t.Pronouns, t.Speakers, t.Quotes, t.Unnamed)
}

// referenceRule says whether a rule's mentions point at an actor without naming it.
func referenceRule(rule string) bool {
	switch rule {
	case "actor.pronoun", "actor.role-reference", "actor.official", "actor.org-reference",
		"actor.statement", "actor.administration-official", "actor.shared-body",
		"actor.country-government", "actor.epithet", "actor.counterpart", "actor.seat-head",
		"actor.country-official", "actor.issuer", "actor.title-initials":
		return true
	}
	return false
}

// scoredPronoun says whether Score checks the resolution of a (lower-case) pronoun.
func scoredPronoun(w string) bool {
	switch w {
	case "he", "she", "him", "her", "his", "they":
		return true
	}
	return false
}

// speechLemma says whether a verb's gold subject is a quotation's speaker.
func speechLemma(l string) bool {
	switch l {
	case "say", "tell", "add", "ask", "explain", "note", "write", "state", "declare", "announce",
		"reply", "respond", "insist", "argue", "claim", "continue", "recall", "warn", "comment",
		"conclude", "remark", "observe", "answer":
		return true
	}
	return false
}

// mention is one of our mention spans with the gold entity it hits, or -1.
type mention struct {
	text, rule string
	tok        int // its first token, or -1
	actor      int
	name       bool
	pron       bool
	entity     int
}

// Score compares one document's extraction (Extractor.Explain, whose trace gives the
// pronouns' actors, which Result leaves out) with its gold.
func Score(d Doc, ex extract.Explanation) Tally {
	return score(d, ex, func(string, ...any) {})
}

// Misses lists what Score counts against us in one document, a line each, starting with
// what it is: "name-fp", "name-fn", "org-fp", "org-fn", "split", "mixed", "pronoun",
// "speaker". Read them on GUM's train part only.
func Misses(d Doc, ex extract.Explanation) []string {
	var out []string
	score(d, ex, func(f string, args ...any) { out = append(out, fmt.Sprintf(f, args...)) })
	return out
}

// score is Score, telling each miss to miss.
func score(d Doc, ex extract.Explanation, miss func(string, ...any)) Tally {
	var t Tally
	res := ex.Result
	rs := []rune(d.Text)
	var ms []mention
	byName := map[string]int{}
	for a, act := range res.Actors {
		if _, ok := byName[act.Name]; !ok && act.Kind == extract.KindPerson {
			byName[act.Name] = a
		}
		for _, sp := range act.Mentions {
			if referenceRule(sp.Rule) || !capitalised(rs[sp.Start:sp.End]) || firstPerson(string(rs[sp.Start:sp.End])) {
				continue
			}
			toks := d.overlapping(sp.Start, sp.End)
			ms = append(ms, mention{text: string(rs[sp.Start:sp.End]), rule: sp.Rule, tok: first(toks), actor: a, name: true, entity: d.entityAt(toks, string(act.Kind))})
		}
	}
	for _, st := range ex.Sentences {
		for _, m := range st.Mentions {
			a, ok := byName[m.Actor]
			if m.Rule != "actor.pronoun" || !scoredPronoun(strings.ToLower(m.Text)) || !ok {
				continue
			}
			toks := d.overlapping(m.Start, m.End)
			ms = append(ms, mention{text: m.Text, rule: m.Rule, tok: first(toks), actor: a, pron: true, entity: d.entityAt(toks, "person")})
		}
	}
	// names
	for k, typ := range []string{"person", "organization"} {
		r := &t.Names
		if k == 1 {
			r = &t.Orgs
		}
		covered := map[int]bool{}
		tag := [2]string{"name", "org"}[k]
		for _, m := range ms {
			if !m.name || string(res.Actors[m.actor].Kind) != typ {
				continue
			}
			r[0].N++
			if m.entity >= 0 && d.Entities[m.entity].Named && d.Entities[m.entity].Type == typ {
				r[0].Hit++
			} else {
				miss("%s-fp %q (%s) gold %s | %s", tag, m.text, m.rule, d.describe(m.entity), d.sentence(m.tok))
			}
			for _, e := range d.entitiesHeadedIn(m.entity, typ) {
				covered[e] = true
			}
		}
		for i, e := range d.Entities {
			if e.Named && e.Type == typ && d.Tokens[e.Head].Start >= 0 {
				r[1].N++
				if covered[i] {
					r[1].Hit++
				} else {
					miss("%s-fn %s | %s", tag, d.describe(i), d.sentence(e.Head))
				}
			}
		}
	}
	// merging: the actors of each person chain's named mentions, the chains of each actor
	actorsOf := map[int]map[int]int{} // chain -> actor -> names
	chainsOf := map[int]map[int]bool{}
	for _, m := range ms {
		if !m.name || m.entity < 0 || res.Actors[m.actor].Kind != extract.KindPerson {
			continue
		}
		e := d.Entities[m.entity]
		if !e.Named || e.Type != "person" {
			continue
		}
		if actorsOf[e.Chain] == nil {
			actorsOf[e.Chain] = map[int]int{}
		}
		actorsOf[e.Chain][m.actor]++
		if chainsOf[m.actor] == nil {
			chainsOf[m.actor] = map[int]bool{}
		}
		chainsOf[m.actor][e.Chain] = true
	}
	for chain, acts := range actorsOf {
		n := 0
		for _, c := range acts {
			n += c
		}
		if n >= 2 {
			t.Merged.N++
			if len(acts) == 1 {
				t.Merged.Hit++
			} else {
				var names []string
				for a := range acts {
					names = append(names, res.Actors[a].Name)
				}
				miss("split chain %d into %q", chain, names)
			}
		}
	}
	for a, chains := range chainsOf {
		names := 0
		for _, acts := range actorsOf {
			names += acts[a]
		}
		if names >= 2 {
			t.Mixed.N++
			if len(chains) > 1 {
				t.Mixed.Hit++
				var descs []string
				for c := range chains {
					descs = append(descs, d.chainName(c))
				}
				miss("mixed %q (%q): chains %q", res.Actors[a].Name, res.Actors[a].Aliases, descs)
			}
		}
	}
	// pronouns
	for _, m := range ms {
		if !m.pron || res.Actors[m.actor].Kind != extract.KindPerson {
			continue
		}
		t.Pronouns.N++
		if m.entity >= 0 && chainsOf[m.actor][d.Entities[m.entity].Chain] {
			t.Pronouns.Hit++
		} else {
			gold := "none"
			if m.entity >= 0 {
				gold = d.chainName(d.Entities[m.entity].Chain)
			}
			miss("pronoun %q -> %q, gold %s | %s", m.text, res.Actors[m.actor].Name, gold, d.sentence(m.tok))
		}
	}
	// quote speakers
	for _, q := range d.Quotes {
		chain, named := d.quoteSpeaker(q)
		if chain < 0 || d.Tokens[q.From].Start < 0 {
			continue
		}
		if !named {
			d.unnamedSpeaker(q, res, &t.Unnamed, miss)
			continue
		}
		t.Quotes.N++
		start, end := d.Tokens[q.From].Start, d.Tokens[q.To-1].End
		found := false
		for _, ours := range res.Quotes {
			if ours.Evidence.Start < end && ours.Evidence.End > start {
				found = true
				t.Quotes.Hit++
				t.Speakers.N++
				if ours.Speaker >= 0 && chainsOf[ours.Speaker][chain] {
					t.Speakers.Hit++
				} else {
					who := "none"
					if ours.Speaker >= 0 {
						who = res.Actors[ours.Speaker].Name
					}
					miss("speaker %q (%q), gold %s | %s", who, ours.SpeakerText, d.chainName(chain), ours.Evidence.Sentence)
				}
				break
			}
		}
		if !found {
			miss("quote-fn gold %s | %s", d.chainName(chain), string(rs[start:end]))
		}
	}
	return t
}

// unnamedSpeaker counts in r a gold quotation q whose speaker is a person the text never
// names, if we extract it: right when our speaker is no person.
func (d Doc) unnamedSpeaker(q Span, res extract.Result, r *Ratio, miss func(string, ...any)) {
	start, end := d.Tokens[q.From].Start, d.Tokens[q.To-1].End
	for _, ours := range res.Quotes {
		if ours.Evidence.Start < end && ours.Evidence.End > start {
			r.N++
			if ours.Speaker < 0 || res.Actors[ours.Speaker].Kind != extract.KindPerson {
				r.Hit++
			} else {
				miss("unnamed speaker given to %q (%q) | %s", res.Actors[ours.Speaker].Name, ours.SpeakerText, ours.Evidence.Sentence)
			}
			return
		}
	}
}

// describe is a gold entity's words, type and chain, for a miss.
func (d Doc) describe(e int) string {
	if e < 0 {
		return "none"
	}
	g := d.Entities[e]
	var w []string
	for k := g.From; k < g.To; k++ {
		w = append(w, d.Tokens[k].Form)
	}
	return fmt.Sprintf("%q %s chain %d", strings.Join(w, " "), g.Type, g.Chain)
}

// chainName is a chain's first named mention, else its first mention, for a miss.
func (d Doc) chainName(c int) string {
	first := -1
	for i, e := range d.Entities {
		if e.Chain == c && (e.Named || first < 0) {
			first = i
			if e.Named {
				break
			}
		}
	}
	return d.describe(first)
}

// sentence is the text of token k's sentence, for a miss.
func (d Doc) sentence(k int) string {
	if k < 0 {
		return ""
	}
	var w []string
	for _, t := range d.Tokens {
		if t.Sent == d.Tokens[k].Sent {
			w = append(w, t.Form)
		}
	}
	return strings.Join(w, " ")
}

// firstPerson says whether a mention is a transcript speaker's "I" or "We", no name.
func firstPerson(w string) bool { return w == "I" || w == "We" || w == "My" }

// first is the first of toks, or -1.
func first(toks []int) int {
	if len(toks) == 0 {
		return -1
	}
	return toks[0]
}

// capitalised says whether a span holds a word that starts with a capital letter.
func capitalised(rs []rune) bool {
	for i, r := range rs {
		if unicode.IsUpper(r) && (i == 0 || !unicode.IsLetter(rs[i-1])) {
			return true
		}
	}
	return false
}

// overlapping returns the tokens whose offsets overlap [start, end).
func (d Doc) overlapping(start, end int) []int {
	var out []int
	for i, t := range d.Tokens {
		if t.Start >= 0 && t.Start < end && t.End > start {
			out = append(out, i)
		}
	}
	return out
}

// entityAt returns the smallest gold entity, of type typ if there is one, whose head is
// one of toks, or -1.
func (d Doc) entityAt(toks []int, typ string) int {
	best := -1
	better := func(i int) bool {
		if best < 0 {
			return true
		}
		e, b := d.Entities[i], d.Entities[best]
		if (e.Type == typ) != (b.Type == typ) {
			return e.Type == typ
		}
		return e.To-e.From < b.To-b.From
	}
	for i, e := range d.Entities {
		for _, k := range toks {
			if d.nameWord(e, k) && better(i) {
				best = i
			}
		}
	}
	return best
}

// nameWord says whether token k is the head of entity e, its name (Entity.Name) or a word
// of the name either starts or ends ("Bernoulli" of "Daniel Bernoulli", whose head is
// "Daniel"; "Obama" of "President Obama"; "Kane" of "captain Harry Kane"), or a proper
// noun in apposition to a head that is a capitalised title, which the treebank tags a
// proper noun too ("Toccafondi" of "Undersecretary for Education Mr. Toccafondi").
func (d Doc) nameWord(e Entity, k int) bool {
	if k == e.Head || k == e.Name {
		return true
	}
	t := d.Tokens[k]
	if k < e.From || k >= e.To {
		return false
	}
	if t.Head == e.Head && t.Deprel == "appos" && t.UPOS == "PROPN" {
		return true
	}
	return (t.Head == e.Head || t.Head == e.Name && e.Name >= 0) && (t.Deprel == "flat" || t.Deprel == "compound" && t.UPOS == "PROPN")
}

// entitiesHeadedIn returns the named gold entities of type typ that share the head of
// entity e (nested spans with one head, "President Obama" and "Obama").
func (d Doc) entitiesHeadedIn(e int, typ string) []int {
	if e < 0 {
		return nil
	}
	var out []int
	for i, g := range d.Entities {
		if g.Head == d.Entities[e].Head && g.Named && g.Type == typ {
			out = append(out, i)
		}
	}
	return out
}

// quoteSpeaker returns the chain of a quotation's speaker by the gold parse, and whether
// it names its person: the subject
// (active: "was described by X as" tells nothing) of a speech verb outside the quotation in
// its first or last sentence, when that subject
// is a person; else -1.
func (d Doc) quoteSpeaker(q Span) (int, bool) {
	sents := []int{d.Tokens[q.From].Sent, d.Tokens[q.To-1].Sent}
	for _, s := range sents {
		for v, t := range d.Tokens {
			if t.Sent != s || (v >= q.From && v < q.To) || !speechLemma(t.Lemma) || t.UPOS != "VERB" {
				continue
			}
			for k, sub := range d.Tokens {
				if sub.Head != v || sub.Deprel != "nsubj" {
					continue
				}
				if e := d.entityAt([]int{k}, "person"); e >= 0 {
					if c := d.Chains[d.Entities[e].Chain]; c.Type == "person" {
						return d.Entities[e].Chain, c.Named
					}
				}
				return -1, false
			}
		}
	}
	return -1, false
}
