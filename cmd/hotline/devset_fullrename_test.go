package main_test

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// nameParticles are the lower words of names ("al", "bin", "von der") a renaming keeps:
// they belong to many names and tell no one.
var nameParticles = map[string]bool{
	"al": true, "el": true, "bin": true, "bint": true, "ibn": true, "abu": true, "ben": true,
	"de": true, "da": true, "di": true, "du": true, "van": true, "von": true, "der": true, "la": true, "le": true,
}

// nameWord is a word of a name the full renaming replaces: letters of any script, two or
// more, the first a capital, not all capitals ("II", "MP").
var nameWord = regexp.MustCompile(`^\p{Lu}\p{Ll}[\p{L}]*$`)

// urlLike matches a link, whose words ("readout-of-president-x-call") are no prose.
var urlLike = regexp.MustCompile(`\S*(?:://|www\.|\.html?|/)\S*`)

// surnameSpellings returns the other spellings of a person's surname its gold aliases
// give ("Isaias Afewerki" beside "Isaias Afwerki"): an alias that is the name but for
// its last word. The renaming makes them up alike, or the text would keep the real
// surname in one spelling, for the gazetteer to find.
func surnameSpellings(m map[string]any, ws []string) []string {
	aliases, _ := m["aliases"].([]any)
	var out []string
	for _, a := range aliases {
		s, _ := a.(string)
		as := strings.Fields(s)
		if len(as) != len(ws) || !nameWord.MatchString(as[len(as)-1]) || as[len(as)-1] == ws[len(ws)-1] {
			continue
		}
		if strings.Join(as[:len(as)-1], " ") == strings.Join(ws[:len(ws)-1], " ") {
			out = append(out, as[len(as)-1])
		}
	}
	return out
}

// givenEndings end a made-up given name of two syllables ("Renta", "Dorvi"): two
// syllables alone give too few names for every given name of dev/tune.
var givenEndings = []string{"a", "o", "i", "e", "an", "el"}

// rulingFamilies returns the words of the ruling families' names the lexicon knows
// (namecountries.tsv: "Al Thani" -> "Thani"): a name's family tells its country to any
// reader, whoever the person is, so the full renaming keeps them, as a new minister of the
// family keeps the name.
func rulingFamilies(t *testing.T) map[string]bool {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "importer", "extract", "lexicon", "data", "namecountries.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	keep := map[string]bool{}
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 3 || strings.HasPrefix(line, "#") || f[1] != "family" {
			continue
		}
		for _, name := range strings.Split(f[2], "|") {
			for _, w := range strings.Fields(name) {
				keep[w] = !nameParticles[strings.ToLower(w)]
			}
		}
	}
	return keep
}

// fullRenames returns a renamePicker that makes up every name word but those of keep.
func fullRenames(keep map[string]bool) renamePicker {
	return func(r *surnameRenamer, actors []any, text string) []replacement {
		return fullRenamesKeeping(r, actors, text, keep)
	}
}

// fullRenamesKeeping picks every word of the names of an article's gold persons of two
// words or more (the parts of "el-Sisi" and "Geun-hye" too, but no particle and no word of
// a ruling family of keep) and makes up a name for each, the same for its spellings
// without accents ("François", "Francois") and in capitals ("ZELENSKY") or lower case
// (links). A person is renamed whole or not at all: one whose name has a word the prose
// prints in lower case (a common word, "Rice") stays real, rather than half made-up with a
// surname the gazetteer still knows.
func fullRenamesKeeping(r *surnameRenamer, actors []any, text string, keep map[string]bool) []replacement {
	prose := urlLike.ReplaceAllString(text, " ")
	fakes := map[string]string{}
	for _, a := range actors {
		m := a.(map[string]any)
		ws := strings.Fields(m["name"].(string))
		if m["kind"] != "person" || len(ws) < 2 {
			continue
		}
		var parts []string
		var given []bool
		for i, w := range ws {
			for _, p := range strings.Split(w, "-") {
				if nameParticles[strings.ToLower(p)] || keep[p] || !nameWord.MatchString(p) {
					continue
				}
				parts = append(parts, p)
				given = append(given, i < len(ws)-1)
			}
		}
		common := false
		for _, p := range parts {
			common = common || wordIn(strings.ToLower(p)).MatchString(prose)
		}
		if common {
			continue
		}
		for i, p := range parts {
			if fakes[p] != "" {
				continue
			}
			f := fakes[foldAccents(p)]
			if f == "" {
				f = r.fakeName(given[i])
			}
			fakes[p], fakes[foldAccents(p)] = f, f
		}
		for _, v := range surnameSpellings(m, ws) {
			if fakes[v] == "" && !wordIn(strings.ToLower(v)).MatchString(prose) {
				fakes[v] = fakes[ws[len(ws)-1]]
			}
		}
	}
	return fakeReplacements(fakes, nil)
}

// fakeReplacements returns the replacements of every name word of fakes by its made-up
// word, longest first, in its printed case, in capitals and (for words not in keepLower)
// in lower case, as links print them.
func fakeReplacements(fakes map[string]string, keepLower map[string]bool) []replacement {
	olds := make([]string, 0, len(fakes))
	for old := range fakes {
		olds = append(olds, old)
	}
	sort.Slice(olds, func(i, j int) bool {
		return len(olds[i]) > len(olds[j]) || len(olds[i]) == len(olds[j]) && olds[i] < olds[j]
	})
	var reps []replacement
	for _, old := range olds {
		f := fakes[old]
		cases := [][2]string{{old, f}, {strings.ToUpper(old), strings.ToUpper(f)}}
		if !keepLower[old] {
			cases = append(cases, [2]string{strings.ToLower(old), strings.ToLower(f)})
		}
		for _, c := range cases {
			reps = append(reps, replacement{wordIn(c[0]), "${1}" + c[1] + "${2}"}, replacement{wordIn(c[0]), "${1}" + c[1] + "${2}"})
		}
	}
	return reps
}

// fakeName makes up a given name (two syllables and an ending) or a surname (three
// syllables) that no earlier call made up.
func (r *surnameRenamer) fakeName(given bool) string {
	if !given {
		return r.fake()
	}
	for {
		w := r.fakeOf(2) + givenEndings[r.rnd.Intn(len(givenEndings))]
		if !r.used[w] {
			r.used[w] = true
			return w
		}
	}
}

// wordIn matches w as a whole word of any script: the letters around it are kept in
// groups 1 and 2 (Go's \b knows ASCII letters only, and "Erdoğan" has others). A match
// eats the letter-less character on each side, so a word twice with one character
// between ("Park Park") needs the replacement run twice: fullRenames lists it twice.
func wordIn(w string) *regexp.Regexp {
	return regexp.MustCompile(`(^|[^\p{L}\p{N}])` + regexp.QuoteMeta(w) + `($|[^\p{L}\p{N}])`)
}

// foldAccents drops the accents of a word: "Erdoğan" -> "Erdogan".
func foldAccents(w string) string {
	var b strings.Builder
	for _, c := range norm.NFD.String(w) {
		if !unicode.Is(unicode.Mn, c) {
			b.WriteRune(c)
		}
	}
	return b.String()
}
