package main_test

import (
	"sort"
	"strings"

	"hotline/importer/parse"
)

// goldPerson is one gold person of an article as the regendering sees it: the forms the
// text may name them by, the gender the lexicon or the text tells ("m", "f" or "").
type goldPerson struct {
	name    string
	role    string
	aliases []string
	forms   []string
	gender  string
}

// personMention is where the text names a gold person: runes [from, to).
type personMention struct{ from, to, person int }

// goldPersons returns an article's gold persons with the forms that name them: the name,
// its aliases and the surname (a form two persons share names neither).
func goldPersons(actors []any) []goldPerson {
	var out []goldPerson
	owners := map[string]int{}
	for _, a := range actors {
		m := a.(map[string]any)
		if m["kind"] != "person" {
			continue
		}
		p := goldPerson{name: m["name"].(string)}
		p.role, _ = m["role"].(string)
		forms := []string{p.name}
		for _, key := range []string{"aliases", "aliases_ok"} {
			list, _ := m[key].([]any)
			for _, x := range list {
				if s, ok := x.(string); ok {
					forms = append(forms, s)
					p.aliases = append(p.aliases, s)
				}
			}
		}
		if ws := strings.Fields(p.name); len(ws) > 1 && nameWord.MatchString(ws[len(ws)-1]) {
			forms = append(forms, ws[len(ws)-1])
		}
		seen := map[string]bool{}
		for _, f := range forms {
			if !seen[f] {
				seen[f] = true
				p.forms = append(p.forms, f)
				owners[f]++
			}
		}
		out = append(out, p)
	}
	for i := range out {
		var own []string
		for _, f := range out[i].forms {
			if owners[f] == 1 {
				own = append(own, f)
			}
		}
		out[i].forms = own
	}
	return out
}

// findMentions returns the places the text names each person, longest forms first, in
// text order.
func findMentions(text string, persons []goldPerson) []personMention {
	type form struct {
		s      string
		person int
	}
	var forms []form
	for i, p := range persons {
		for _, f := range p.forms {
			forms = append(forms, form{f, i})
		}
	}
	sort.SliceStable(forms, func(i, j int) bool { return len(forms[i].s) > len(forms[j].s) })
	taken := make([]bool, len([]rune(text))+1)
	var out []personMention
	for _, f := range forms {
		for _, loc := range wordIn(f.s).FindAllStringSubmatchIndex(text, -1) {
			from, to := runeAt(text, loc[3]), runeAt(text, loc[4])
			if taken[from] || taken[to-1] {
				continue
			}
			for k := from; k < to; k++ {
				taken[k] = true
			}
			out = append(out, personMention{from, to, f.person})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].from < out[j].from })
	return out
}

// tellGenders gives each person the gender its given name, its role, an honorific before
// a mention ("Ms Tanaka") or, failing those, the pronouns right after its mentions tell
// ("Tanaka said she"): given is the lexicon's word genders.
func tellGenders(persons []goldPerson, mentions []personMention, sents []parse.Sentence, given map[string]string) {
	for i := range persons {
		p := &persons[i]
		votes := map[string]int{}
		if ws := strings.Fields(p.name); len(ws) > 1 {
			if g := given[strings.ToLower(ws[0])]; g != "" {
				votes[g] += 10
			}
		}
		for _, w := range strings.Fields(p.role) {
			if g := given[strings.ToLower(w)]; g != "" {
				votes[g] += 10
			}
		}
		for mi, m := range mentions {
			if m.person != i {
				continue
			}
			s, k := tokenAt(sents, m.from)
			for j := max(k-1, 0); k >= 0 && j <= k; j++ {
				if g := given[strings.ToLower(s.Tokens[j].Text)]; g != "" && (j < k || len(strings.Fields(p.name)) > 1 && !strings.HasPrefix(p.name, s.Tokens[j].Text)) {
					votes[g] += 10 // "Mr Liu": before the mention, or the mention's own first word
				}
			}
			next := -1
			if mi+1 < len(mentions) {
				next = mentions[mi+1].from
			}
			for j := k; j < len(s.Tokens); j++ {
				t := s.Tokens[j]
				if t.Start < m.to {
					continue
				}
				if next >= 0 && t.Start >= next || t.Text == "," {
					break
				}
				if g := pronounGender[strings.ToLower(t.Text)]; g != "" {
					votes[g]++
					break
				}
			}
		}
		switch {
		case votes["m"] > votes["f"]:
			p.gender = "m"
		case votes["f"] > votes["m"]:
			p.gender = "f"
		}
	}
}

// tokenAt returns the sentence and the index of the token that starts at or covers rune
// pos (-1 when none does).
func tokenAt(sents []parse.Sentence, pos int) (parse.Sentence, int) {
	for _, s := range sents {
		for k, t := range s.Tokens {
			if t.Start <= pos && pos < t.End {
				return s, k
			}
		}
	}
	return parse.Sentence{}, -1
}

// openers begin a sentence's opening phrase, whose "his" or "her" stands for the subject
// named after it: "In her first speech, Tanaka said".
var openers = map[string]bool{"in": true, "during": true, "after": true, "at": true, "on": true, "while": true, "before": true, "following": true, "upon": true, "since": true, "despite": true, "for": true, "with": true}

// pronounCandidates returns the persons of gender g a pronoun at rune pos of sentence s
// may stand for, by the gold's mentions: the subject named after an opening phrase that
// holds it, else every person of that gender or of a gender the test cannot tell named in
// the sentence of the nearest mention of such a person before it, up to the pronoun. One
// candidate is a reference the gold makes plain; none, a pronoun of someone the gold does
// not name. A pronoun of that gender before it in that stretch adds the persons it may
// stand for (earlier, in text order): "Among those he met is X. He also met Y" may be the
// visitor "he" stood for.
func pronounCandidates(s parse.Sentence, sents []parse.Sentence, pos int, g string, persons []goldPerson, mentions []personMention, earlier []pronounRef) []int {
	if len(s.Tokens) == 0 {
		return nil
	}
	fits := func(p int) bool { return persons[p].gender == g || persons[p].gender == "" }
	start := s.Tokens[0].Start
	if openers[strings.ToLower(s.Tokens[0].Text)] {
		comma := -1
		for _, t := range s.Tokens {
			if t.Start > pos && t.Text == "," {
				comma = t.Start
				break
			}
		}
		namedBefore := false
		for _, m := range mentions {
			namedBefore = namedBefore || m.from >= start && m.from < pos
		}
		if comma >= 0 && !namedBefore {
			for _, m := range mentions {
				if m.from > comma && m.from < s.Tokens[len(s.Tokens)-1].End {
					if fits(m.person) {
						return []int{m.person}
					}
					break
				}
			}
		}
	}
	last := -1
	for i, m := range mentions {
		if m.to <= pos && fits(m.person) {
			last = i
		}
	}
	if last < 0 {
		return nil
	}
	ms, _ := tokenAt(sents, mentions[last].from)
	from := mentions[last].from
	if len(ms.Tokens) > 0 {
		from = ms.Tokens[0].Start
	}
	seen := map[int]bool{}
	var out []int
	for _, m := range mentions {
		if m.from >= from && m.to <= pos && fits(m.person) && !seen[m.person] {
			seen[m.person] = true
			out = append(out, m.person)
		}
	}
	for _, e := range earlier {
		if e.pos >= from && e.pos < pos && e.gender == g {
			for _, c := range e.candidates {
				if !seen[c] {
					seen[c] = true
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// pronounRef is a pronoun at rune pos of a gender and the persons it may stand for.
type pronounRef struct {
	pos        int
	gender     string
	candidates []int
}

// partialEdits swaps the pronouns that stand for a person of swap, and the gendered
// words right before such a person's name ("Mr", "spokesman"), leaving the others: the
// "women only" and "mixed" rewrites. A pronoun that may stand for a swapped person and one
// that is not cannot be swapped safely: unsafe counts them.
func partialEdits(sents []parse.Sentence, persons []goldPerson, mentions []personMention, swap []bool) (edits []textEdit, swapped, unsafe int) {
	var earlier []pronounRef
	for _, s := range sents {
		for i, t := range s.Tokens {
			g := pronounGender[strings.ToLower(t.Text)]
			if g == "" {
				continue
			}
			var in, out int
			cands := pronounCandidates(s, sents, t.Start, g, persons, mentions, earlier)
			earlier = append(earlier, pronounRef{t.Start, g, cands})
			for _, c := range cands {
				if swap[c] {
					in++
				} else {
					out++
				}
			}
			switch {
			case in > 0 && out > 0:
				unsafe++
			case in > 0:
				w, _ := swapToken(s, i)
				edits = append(edits, textEdit{t.Start, t.End, w})
				swapped++
			}
		}
	}
	for _, m := range mentions {
		if !swap[m.person] {
			continue
		}
		s, k := tokenAt(sents, m.from)
		from := k
		for from > 0 && from > k-3 && s.Tokens[from-1].UPOS != "PUNCT" {
			from-- // "spokesman Tanaka", "Mr Tanaka"
		}
		for j := from; j >= 0 && j < len(s.Tokens) && s.Tokens[j].Start < m.to; j++ {
			t := s.Tokens[j]
			if w, ok := swapToken(s, j); ok && pronounGender[strings.ToLower(t.Text)] == "" {
				edits = append(edits, textEdit{t.Start, t.End, w}) // and a form "Mr Tanaka"
			}
		}
	}
	return edits, swapped, unsafe
}

// otherSpellings returns the words of a person's aliases that spell a word of the name
// otherwise, by the word of the name they stand for: an alias of as many words that
// differs from the name in one word ("Alec Salmond" beside "Alex Salmond", "Isaias
// Afewerki" beside "Isaias Afwerki"). The renaming makes them up alike, or the text would
// keep a real given name of the person's first gender in one spelling.
func otherSpellings(name string, aliases []string) map[string]string {
	ws := strings.Fields(name)
	out := map[string]string{}
	for _, a := range aliases {
		as := strings.Fields(a)
		if len(as) != len(ws) {
			continue
		}
		diff := -1
		for i := range ws {
			if as[i] != ws[i] {
				if diff >= 0 {
					diff = -2
					break
				}
				diff = i
			}
		}
		if diff >= 0 && nameWord.MatchString(as[diff]) && nameWord.MatchString(ws[diff]) {
			out[as[diff]] = ws[diff]
		}
	}
	return out
}
