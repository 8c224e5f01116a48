package main_test

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"hotline/importer/parse"
)

// textEdit replaces the runes [from, to) of a text with text.
type textEdit struct {
	from, to int
	text     string
}

// applyEdits applies edits that do not overlap to the runes of s.
func applyEdits(s string, edits []textEdit) string {
	rs := []rune(s)
	sort.Slice(edits, func(i, j int) bool { return edits[i].from < edits[j].from })
	var b strings.Builder
	at := 0
	for _, e := range edits {
		if e.from < at || e.to > len(rs) {
			continue
		}
		b.WriteString(string(rs[at:e.from]))
		b.WriteString(e.text)
		at = e.to
	}
	b.WriteString(string(rs[at:]))
	return b.String()
}

// editsWithin returns the edits of a text that fall inside [from, to), moved to count
// from from: the same rewrite of a gold quote that the article prints there.
func editsWithin(edits []textEdit, from, to int) []textEdit {
	var out []textEdit
	for _, e := range edits {
		if e.from >= from && e.to <= to {
			out = append(out, textEdit{e.from - from, e.to - from, e.text})
		}
	}
	return out
}

// otherPronoun is the pronoun of the other gender; "her" and "his" need the parse, as
// "her" is "his" before a noun (nmod:poss) and "him" as an object, and "his" is "hers" when
// it stands alone ("the decision was his").
var otherPronoun = map[string]string{
	"he": "she", "she": "he", "him": "her", "himself": "herself", "herself": "himself", "hers": "his",
}

// pronounGender is the gender ("m", "f") a personal pronoun tells.
var pronounGender = map[string]string{
	"he": "m", "him": "m", "his": "m", "himself": "m",
	"she": "f", "her": "f", "hers": "f", "herself": "f",
}

// otherWord are the gendered words of people, honorifics and role nouns, and the word of
// the other gender: "Mr" -> "Ms", "spokesman" -> "spokeswoman". "man" and "woman" count in
// lower case only; capitalized honorifics only before a capitalized word ("Mr Tanaka", not
// "Sir,").
var otherWord = map[string]string{
	"mr": "ms", "mr.": "ms.", "mrs": "mr", "mrs.": "mr.", "ms": "mr", "ms.": "mr.",
	"madam": "mr", "madame": "monsieur", "monsieur": "madame", "sir": "dame", "dame": "sir",
	"lord": "lady", "lady": "lord", "king": "queen", "queen": "king", "prince": "princess", "princess": "prince",
	"spokesman": "spokeswoman", "spokeswoman": "spokesman", "chairman": "chairwoman", "chairwoman": "chairman",
	"congressman": "congresswoman", "congresswoman": "congressman", "businessman": "businesswoman",
	"businesswoman": "businessman", "statesman": "stateswoman", "stateswoman": "statesman",
	"husband": "wife", "wife": "husband", "son": "daughter", "daughter": "son", "father": "mother",
	"mother": "father", "brother": "sister", "sister": "brother", "widow": "widower", "widower": "widow",
	"man": "woman", "woman": "man",
}

// honorific are the words of otherWord that count only before a capitalized word.
var honorific = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "madam": true, "madame": true,
	"monsieur": true, "sir": true, "dame": true, "lord": true, "lady": true, "king": true, "queen": true,
	"prince": true, "princess": true,
}

// matchCase prints w in the case of like: "He" -> "She", "HE" -> "SHE".
func matchCase(w, like string) string {
	switch {
	case like == strings.ToUpper(like) && len(like) > 1 && like != strings.ToLower(like):
		return strings.ToUpper(w)
	case unicode.IsUpper([]rune(like)[0]):
		return capitalize(w)
	}
	return w
}

// swapToken returns the word of the other gender for token i of a parsed sentence, and
// whether it has one: pronouns always, gendered words where otherWord allows them.
func swapToken(s parse.Sentence, i int) (string, bool) {
	t := s.Tokens[i]
	low := strings.ToLower(t.Text)
	switch low {
	case "her":
		if t.Rel == "nmod:poss" || t.Rel == "iobj" && i+1 < len(s.Tokens) && (s.Tokens[i+1].UPOS == "NOUN" || s.Tokens[i+1].UPOS == "ADJ") {
			// "told her counterpart", which the parse may read as "gave her flowers"
			return matchCase("his", t.Text), true
		}
		return matchCase("him", t.Text), true
	case "his":
		if t.Rel == "nmod:poss" {
			return matchCase("her", t.Text), true
		}
		return matchCase("hers", t.Text), true
	}
	if w, ok := otherPronoun[low]; ok {
		return matchCase(w, t.Text), true
	}
	w, ok := otherWord[low]
	if !ok || (low == "man" || low == "woman") && t.Text != low {
		return "", false
	}
	if honorific[low] && t.Text != low && (i+1 >= len(s.Tokens) || !unicode.IsUpper([]rune(s.Tokens[i+1].Text)[0])) {
		return "", false
	}
	return matchCase(w, t.Text), true
}

// regenderSentenceEnd ends a sentence: a full stop, question or exclamation mark, the quotation
// marks after it, and space; a line break ends one too.
var regenderSentenceEnd = regexp.MustCompile(`[.!?]["”’)]*[ \t]+|\n+`)

// shortTitle are abbreviations whose full stop ends no sentence ("Mr. Tanaka").
var shortTitle = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "lt": true, "col": true, "sen": true, "rep": true, "gov": true, "prof": true, "jr": true, "sr": true, "u.s": true, "u.n": true, "u.k": true}

// regenderSentenceSpans cuts a text into sentences as rune spans: well enough to parse a
// pronoun's clause and to tell which sentence names whom.
func regenderSentenceSpans(text string) [][2]int {
	var out [][2]int
	at := 0
	for _, m := range regenderSentenceEnd.FindAllStringIndex(text, -1) {
		before := text[at:m[0]]
		if i := strings.LastIndexAny(before, " \n("); text[m[0]] == '.' && (shortTitle[strings.ToLower(before[i+1:])] || len([]rune(before[i+1:])) == 1) {
			continue // "Mr. Tanaka", "George W. Bush"
		}
		if strings.TrimSpace(text[at:m[1]]) != "" {
			out = append(out, [2]int{runeAt(text, at), runeAt(text, m[1])})
		}
		at = m[1]
	}
	if strings.TrimSpace(text[at:]) != "" {
		out = append(out, [2]int{runeAt(text, at), runeAt(text, len(text))})
	}
	return out
}

func runeAt(s string, byteOff int) int { return len([]rune(s[:byteOff])) }

// parseSentences parses every sentence of text; each token's Start and End count runes of
// the whole text.
func parseSentences(m *parse.Model, text string) []parse.Sentence {
	rs := []rune(text)
	var out []parse.Sentence
	for _, sp := range regenderSentenceSpans(text) {
		out = append(out, m.Parse(string(rs[sp[0]:sp[1]]), sp[0]))
	}
	return out
}

// swapAllEdits swaps every personal pronoun and gendered word of people in a text: the
// "all swapped" rewrite, where everyone is of the other gender.
func swapAllEdits(m *parse.Model, text string) []textEdit {
	var edits []textEdit
	for _, s := range parseSentences(m, text) {
		for i, t := range s.Tokens {
			if w, ok := swapToken(s, i); ok {
				edits = append(edits, textEdit{t.Start, t.End, w})
			}
		}
	}
	return edits
}

// genderedGivenNames returns the given names the lexicon tells the gender of (classes
// female and male of words.tsv that firstnames.txt also lists, so that each vouches for a
// person and tells the gender), by gender, sorted, less those that are common English
// words too or a letter away from a well-known actor's surname or alias (people.tsv: the
// gazetteer would take "Ellen" for "Yellen"), and the gender of every gendered word.
func genderedGivenNames() (map[string][]string, map[string]string, error) {
	dir := filepath.Join("..", "..", "importer", "extract", "lexicon", "data")
	raw, err := os.ReadFile(filepath.Join(dir, "firstnames.txt"))
	if err != nil {
		return nil, nil, err
	}
	firsts := map[string]bool{}
	for _, line := range strings.Split(string(raw), "\n") {
		if !strings.HasPrefix(line, "#") {
			for _, w := range strings.Fields(line) {
				firsts[strings.ToLower(w)] = true
			}
		}
	}
	words, err := os.ReadFile(filepath.Join(dir, "words.tsv"))
	if err != nil {
		return nil, nil, err
	}
	gender := map[string]string{}
	for _, line := range strings.Split(string(words), "\n") {
		f := strings.SplitN(line, "\t", 2)
		if len(f) < 2 || f[0] != "female" && f[0] != "male" {
			continue
		}
		for _, w := range strings.Fields(f[1]) {
			g := f[0][:1]
			if old, ok := gender[w]; ok && old != g {
				g = "" // in both classes: tells nothing
			}
			gender[w] = g
		}
	}
	known, err := os.ReadFile(filepath.Join(dir, "people.tsv"))
	if err != nil {
		return nil, nil, err
	}
	famous := map[string]bool{}
	for _, line := range strings.Split(string(known), "\n") {
		f := strings.Split(strings.ToLower(line), "\t")
		if strings.HasPrefix(line, "#") || len(f) < 4 {
			continue
		}
		ws := strings.Fields(f[0])
		famous[ws[len(ws)-1]] = true // the surname, and every word of the aliases
		for _, w := range strings.FieldsFunc(f[3], func(r rune) bool { return r == ' ' || r == '|' }) {
			famous[w] = true
		}
	}
	common := map[string]bool{"may": true, "will": true, "hope": true, "grace": true, "joy": true, "rose": true, "bill": true, "mark": true, "frank": true, "guy": true, "art": true, "faith": true, "summer": true, "dawn": true, "rich": true, "pat": true, "sue": true, "bob": true, "jack": true, "ray": true, "dean": true, "chase": true, "ali": true}
	byGender := map[string][]string{}
	for w, g := range gender {
		if g != "" && firsts[w] && !common[w] && !nearFamous(w, famous) && len(w) > 2 && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "" {
			byGender[g] = append(byGender[g], capitalize(w))
		}
	}
	for _, ws := range byGender {
		sort.Strings(ws)
	}
	return byGender, gender, nil
}

// swapNameWords swaps the gendered words of a gold name or alias: "His Majesty King X" ->
// "Her Majesty Queen X", "Mr X" -> "Ms X".
func swapNameWords(name string) string {
	ws := strings.Fields(name)
	for i, w := range ws {
		low := strings.ToLower(w)
		switch {
		case low == "his" || low == "her":
			ws[i] = matchCase(map[string]string{"his": "her", "her": "his"}[low], w)
		case otherWord[low] != "" && w != low:
			ws[i] = matchCase(otherWord[low], w)
		}
	}
	return strings.Join(ws, " ")
}

// nearFamous reports a word that is a word of famous, or one letter more, less or other.
func nearFamous(w string, famous map[string]bool) bool {
	if famous[w] {
		return true
	}
	for f := range famous {
		if len(f) >= 4 && editDistanceOne(w, f) {
			return true
		}
	}
	return false
}

// editDistanceOne reports two words one insertion, deletion or substitution apart.
func editDistanceOne(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return i < len(a) && a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}
