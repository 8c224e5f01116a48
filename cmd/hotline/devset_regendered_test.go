package main_test

import (
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"hotline/importer/parse"
)

// regenderedFloors are the floors on dev/tune with its gold persons made up and of the
// other gender, by variant (TestRegenderedTuneScore). A little under what the importer
// reaches; raise them as extraction improves.
var regenderedFloors = map[string]map[string]float64{
	// main (13d3e8c) reached, on the corpora before the test read honorifics printed in a
	// gold form ("Mr Liu"), left pronouns that may stand for a person of unknown gender or
	// for one an earlier pronoun may stand for: all swapped speaker .978, women only .966;
	// a subject of unknown gender who spoke keeps "she" (spokeLast, 5ffb7af): .991, .978.
	// On these corpora 1c54f0b reaches kept, all swapped and mixed speaker .991 (320 of
	// 323), women only .988 (319); contacts .972. A listed given name that ends as a common
	// noun ("Felicity") names a person: women only .991 (320).
	"kept":        {"actors": 0.985, "contacts": 0.965, "quotes": 0.99, "speaker": 0.988, "mode": 0.965, "status": 0.975, "country": 0.885},
	"all swapped": {"actors": 0.985, "contacts": 0.965, "quotes": 0.99, "speaker": 0.988, "mode": 0.965, "status": 0.975, "country": 0.885},
	"women only":  {"actors": 0.985, "contacts": 0.965, "quotes": 0.99, "speaker": 0.988, "mode": 0.965, "status": 0.975, "country": 0.885},
	"mixed":       {"actors": 0.985, "contacts": 0.965, "quotes": 0.99, "speaker": 0.988, "mode": 0.965, "status": 0.975, "country": 0.885},
}

// regenderer rewrites the articles of dev/tune for one variant: it makes up every gold
// person's name (as the full renaming does), with a given name of the lexicon of the
// gender the person has in the variant, and swaps the pronouns and gendered words that
// stand for the persons it turns into the other gender.
type regenderer struct {
	variant string
	names   *surnameRenamer
	model   *parse.Model
	given   map[string][]string // "f", "m" -> given names to choose from
	genders map[string]string   // lexicon word -> "f", "m"
	keep    map[string]bool     // ruling families' words, kept
	stats   regenderStats
}

// regenderStats counts what a variant changed and what it could not change safely.
type regenderStats struct {
	articles, skipped, persons, swapped, pronouns, unsafe, unknown int
}

// swapSet picks the persons a variant turns into the other gender: "all swapped" all,
// "women only" the men, "mixed" every other person whose gender is known in the order the
// text names them (the first stays, or with alt the second); "kept" none.
func swapSet(variant string, persons []goldPerson, mentions []personMention, alt bool) []bool {
	swap := make([]bool, len(persons))
	switch variant {
	case "all swapped":
		for i := range swap {
			swap[i] = true
		}
	case "women only":
		for i, p := range persons {
			swap[i] = p.gender == "m"
		}
	case "mixed":
		n := 0
		seen := map[int]bool{}
		for _, m := range mentions {
			if seen[m.person] || persons[m.person].gender == "" {
				continue
			}
			seen[m.person] = true
			swap[m.person] = n%2 == 1 != alt
			n++
		}
	}
	return swap
}

// rewrite returns an article's text for the variant, the edits made to its words (rune
// offsets of the original), the name replacements to apply after them and the gold names
// of the persons it swapped.
func (g *regenderer) rewrite(text string, actors []any) ([]textEdit, []replacement, map[string]bool) {
	persons := goldPersons(actors)
	sents := parseSentences(g.model, text)
	mentions := findMentions(text, persons)
	tellGenders(persons, mentions, sents, g.genders)
	swap := swapSet(g.variant, persons, mentions, false)
	var edits []textEdit
	switch g.variant {
	case "all swapped":
		edits = swapAllEdits(g.model, text)
	case "women only", "mixed":
		e, n, unsafe := partialEdits(sents, persons, mentions, swap)
		if unsafe > 0 && g.variant == "mixed" {
			swap = swapSet(g.variant, persons, mentions, true)
			e, n, unsafe = partialEdits(sents, persons, mentions, swap)
		}
		if unsafe > 0 {
			g.stats.skipped++
			g.stats.unsafe += unsafe
			e, n = nil, 0
			swap = make([]bool, len(persons))
		}
		edits = e
		g.stats.pronouns += n
	}
	if g.variant == "all swapped" {
		g.stats.pronouns += len(edits)
	}
	g.stats.articles++
	swapped := map[string]bool{}
	for i, p := range persons {
		swapped[p.name] = swap[i]
	}
	return edits, g.renames(persons, swap, text), swapped
}

// renames makes up every word of the persons' names (but particles and ruling families'
// words): the first given name one of the lexicon's of the gender the person has after
// swap (a made-up one when the gender is unknown), the others as the full renaming does.
// A word the prose prints in lower case too is replaced where capitalized only.
func (g *regenderer) renames(persons []goldPerson, swap []bool, text string) []replacement {
	prose := urlLike.ReplaceAllString(text, " ")
	fakes := map[string]string{}
	lowerToo := map[string]bool{}
	for i, p := range persons {
		ws := strings.Fields(p.name)
		if len(ws) < 2 {
			continue
		}
		g.stats.persons++
		target := p.gender
		if swap[i] && target != "" {
			target = map[string]string{"m": "f", "f": "m"}[target]
			g.stats.swapped++
		}
		if p.gender == "" {
			g.stats.unknown++
		}
		for wi, w := range ws {
			for pi, part := range strings.Split(w, "-") {
				if nameParticles[strings.ToLower(part)] || g.keep[part] || !nameWord.MatchString(part) || fakes[part] != "" {
					continue
				}
				given := wi < len(ws)-1
				f := ""
				if wi == 0 && pi == 0 && target != "" {
					f = g.givenName(target)
				} else {
					f = g.names.fakeName(given)
				}
				fakes[part], fakes[foldAccents(part)] = f, f
				if wordIn(strings.ToLower(part)).MatchString(prose) {
					lowerToo[part], lowerToo[foldAccents(part)] = true, true
				}
			}
		}
		for v, w := range otherSpellings(p.name, p.aliases) {
			if w != ws[len(ws)-1] && !g.isGiven(v) {
				continue // "Mr Berg" beside "Tomas Berg": a title, no given name
			}
			if fakes[v] == "" && fakes[w] != "" && !wordIn(strings.ToLower(v)).MatchString(prose) {
				fakes[v] = fakes[w]
			}
		}
	}
	return fakeReplacements(fakes, lowerToo)
}

// isGiven reports a gendered given name of the lexicon.
func (g *regenderer) isGiven(w string) bool {
	for _, names := range g.given {
		if i := sort.SearchStrings(names, w); i < len(names) && names[i] == w {
			return true
		}
	}
	return false
}

// givenName picks a given name of gender g that no article uses yet: the import would
// take one bare given name ("King Abdullah", "Isaias") in two articles for one person.
func (g *regenderer) givenName(gender string) string {
	names := g.given[gender]
	for {
		w := names[g.names.rnd.Intn(len(names))]
		if !g.names.used[w] {
			g.names.used[w] = true
			return w
		}
	}
}

// writeRegenderedTune writes dev/tune rewritten by g into dir (dir/tune and
// dir/tune.gold.json) and returns the gold file's path; it skips when dev/tune is absent.
// A gold quote the article prints word for word gets the article's edits there.
func writeRegenderedTune(t *testing.T, dir string, g *regenderer) string {
	t.Helper()
	return writeRewrittenTune(t, dir, func(text string, actors []any) (string, func(string, map[string]any)) {
		edits, reps, swapped := g.rewrite(text, actors)
		return rename(reps, applyEdits(text, edits)), func(key string, m map[string]any) {
			if name, _ := m["name"].(string); key == "actors" && swapped[name] {
				for _, field := range []string{"name", "aliases", "aliases_ok"} {
					mapStrings(m, field, swapNameWords) // "King Abdullah" -> "Queen Abdullah"
				}
			}
			if q, ok := m["text"].(string); ok && key == "quotes" {
				if i := strings.Index(text, q); i >= 0 {
					from := runeAt(text, i)
					m["text"] = applyEdits(q, editsWithin(edits, from, from+len([]rune(q))))
				}
			}
			renameGold(reps, m)
		}
	})
}

// TestRegenderedTuneScore scores dev/tune with its gold persons' names made up ("kept":
// each with a given name of their own gender, the control) and turned into the other
// gender: "all swapped" everyone, every pronoun and gendered word of people with them;
// "women only" the men; "mixed" every other person, so that a story of two men tells of a
// man and a woman. The partial variants swap a pronoun only where the gold names one
// person it can stand for; an article with a pronoun that may stand for a swapped and an
// unswapped person is left unswapped and counted. Pronoun resolution ("she said", "her
// counterpart") must hold whoever the people are. HOTLINE_REGENDERED_DIR, when set, names
// a folder that keeps the rewritten corpora and golds for study.
func TestRegenderedTuneScore(t *testing.T) {
	model, err := parse.Load()
	if err != nil {
		t.Fatal(err)
	}
	given, genders, err := genderedGivenNames()
	if err != nil {
		t.Fatal(err)
	}
	keep := rulingFamilies(t)
	for _, tc := range []struct {
		name string
		seed int64
	}{
		{"kept", 19}, {"all swapped", 19}, {"women only", 19}, {"mixed", 19},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if k := os.Getenv("HOTLINE_REGENDERED_DIR"); k != "" {
				dir = filepath.Join(k, strings.ReplaceAll(tc.name, " ", "-"))
			}
			g := &regenderer{
				variant: tc.name, model: model, given: given, genders: genders, keep: keep,
				names: &surnameRenamer{rnd: rand.New(rand.NewSource(tc.seed)), used: map[string]bool{}},
			}
			gold := writeRegenderedTune(t, dir, g)
			st := g.stats
			t.Logf("%s: %d articles (%d left unswapped: %d unsafe pronouns), %d persons renamed (%d swapped, %d of unknown gender), %d pronouns and gendered words swapped",
				tc.name, st.articles, st.skipped, st.unsafe, st.persons, st.swapped, st.unknown, st.pronouns)
			rep := scoreImport(t, gold, filepath.Join(dir, "tune"))
			logRegendered(t, tc.name, rep)
			checkFloors(t, rep, regenderedFloors[tc.name])
		})
	}
}

// logRegendered logs a variant's totals on one line: speaker with its count, contacts F1,
// actors, mode, status and date.
func logRegendered(t *testing.T, variant string, rep scoreReport) {
	t.Helper()
	t.Logf("%-11s speaker %.3f (n=%d) contacts F1 %.3f (P %.3f R %.3f) actors %.3f quotes %.3f mode %.3v status %.3v date %.3v country %.3v",
		variant, deref(rep.Accuracy["speaker"]), rep.AccuracyN["speaker"], rep.Contacts.F1, rep.Contacts.Precision, rep.Contacts.Recall,
		rep.Actors.F1, rep.Quotes.F1, deref(rep.Accuracy["mode"]), deref(rep.Accuracy["status"]), deref(rep.Accuracy["date"]), deref(rep.Accuracy["country"]))
}
