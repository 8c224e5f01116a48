package main_test

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// negatedFloors are the least shares of rewritten dev/tune sentences whose contact comes
// out as the guidelines say, by family of edits (TestNegatedTuneContacts). A little under
// what the importer reaches; raise them as it improves.
var negatedFloors = map[string]float64{
	"negated": 0.98, "denied": 0.98, "refused": 0.98, "cancelled": 0.98, "planned": 0.98, "hypothetical": 0.98, "requested": 0.98,
	"noun subject": 0.98, "tried": 0.98, "doubted": 0.98,
}

// maxWrongShown is how many wrong outcomes a family's log shows.
const maxWrongShown = 80

// negCase is one sentence of a dev/tune story that reports one of its gold contacts, with
// the story cut right after it.
type negCase struct {
	id       string // the file name of its articles: the story's and the sentence's offset
	story    storyFile
	prefix   string // the body before the sentence
	sentence string
	parties  []goldParty
	status   string          // the gold contact's status
	mode     string          // the gold contact's mode
	told     reportedContact // the contact the story cut after the sentence reports (toldCases)
	actors   []any           // the gold actors of its article
}

// goldParty is a gold participant: the forms of its name a database actor may carry.
type goldParty struct {
	name string
	keys map[string]bool // lower-case name and aliases
	sur  string          // lower-case last word of the name
}

// article prints the case's story cut after sentence (none: cut before the sentence).
func (c negCase) article(sentence string) string {
	body := c.prefix + sentence
	return c.story.frontMatter(c.story.title) + strings.TrimSpace(body) + "\n"
}

// sentenceAbbrevs are words whose full stop ends no sentence.
var sentenceAbbrevs = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Gen": true, "Sen": true, "Rep": true,
	"Gov": true, "Lt": true, "Col": true, "Maj": true, "Capt": true, "St": true, "Jr": true, "Sr": true, "No": true, "Adm": true,
	"Sgt": true, "Prof": true, "Rev": true, "Jan": true, "Feb": true, "Aug": true, "Sept": true, "Sep": true, "Oct": true,
	"Nov": true, "Dec": true, "Mt": true, "Gov-elect": true, "vs": true}

// sentenceSpans cuts a paragraph into sentences: byte ranges that end after a full stop,
// question or exclamation mark (and the quotes or brackets that close on it) before a
// space and a capital or an opening quote, unless the stop ends an abbreviation.
func sentenceSpans(par string) [][2]int {
	var out [][2]int
	start := 0
	rs := []rune(par)
	byteAt := make([]int, len(rs)+1)
	for i, b := 0, 0; i < len(rs); i++ {
		byteAt[i] = b
		b += len(string(rs[i]))
		byteAt[i+1] = b
	}
	for i := 0; i < len(rs); i++ {
		if !strings.ContainsRune(".!?", rs[i]) {
			continue
		}
		j := i + 1
		for j < len(rs) && strings.ContainsRune(`"”’')]`, rs[j]) {
			j++
		}
		if j+1 >= len(rs) || rs[j] != ' ' || !(unicode.IsUpper(rs[j+1]) || strings.ContainsRune(`"“‘(`, rs[j+1])) {
			continue
		}
		if rs[i] == '.' {
			w := i
			for w > 0 && !unicode.IsSpace(rs[w-1]) {
				w--
			}
			word := string(rs[w:i])
			if sentenceAbbrevs[strings.TrimLeft(word, `"“(`)] || strings.Contains(word, ".") || len([]rune(word)) == 1 {
				continue
			}
		}
		out = append(out, [2]int{byteAt[start], byteAt[j]})
		start = j + 1
	}
	if start < len(rs) {
		out = append(out, [2]int{byteAt[start], len(par)})
	}
	return out
}

// goldParties reads a gold contact's participants with the names and aliases of the
// article's gold actors.
func goldParties(art map[string]any, contact map[string]any) []goldParty {
	aliases := map[string][]string{}
	actors, _ := art["actors"].([]any)
	for _, a := range actors {
		m := a.(map[string]any)
		name := m["name"].(string)
		for _, key := range []string{"aliases", "aliases_ok"} {
			list, _ := m[key].([]any)
			for _, x := range list {
				if s, ok := x.(string); ok {
					aliases[name] = append(aliases[name], s)
				}
			}
		}
	}
	var out []goldParty
	for _, p := range contact["participants"].([]any) {
		name := p.(string)
		g := goldParty{name: name, keys: map[string]bool{strings.ToLower(name): true}}
		for _, a := range aliases[name] {
			g.keys[strings.ToLower(a)] = true
		}
		ws := strings.Fields(name)
		g.sur = strings.ToLower(ws[len(ws)-1])
		out = append(out, g)
	}
	return out
}

// named tells whether a sentence prints a party's name, an alias or its last word.
func (g goldParty) named(sentence string) bool {
	words := strings.FieldsFunc(strings.ToLower(sentence), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	text := " " + strings.Join(words, " ") + " "
	if strings.Contains(text, " "+g.sur+" ") {
		return true
	}
	for k := range g.keys {
		if strings.Contains(text, " "+k+" ") {
			return true
		}
	}
	return false
}

// is tells whether a database actor's name is the party's.
func (g goldParty) is(name string) bool {
	n := strings.ToLower(name)
	ws := strings.Fields(n)
	return g.keys[n] || len(ws) > 0 && ws[len(ws)-1] == g.sur
}

// negCases are the sentences of dev/tune that hold a predicate findPredicate knows and
// name a party of a gold contact, one case each.
func negCases(t *testing.T) []negCase {
	t.Helper()
	stories, gold := readTuneStories(t)
	byFile := map[string]storyFile{}
	for _, s := range stories {
		byFile[s.file] = s
	}
	var cases []negCase
	for _, a := range gold["articles"].([]any) {
		art := a.(map[string]any)
		story := byFile[art["file"].(string)]
		contacts, _ := art["contacts"].([]any)
		for _, c := range contacts {
			contact := c.(map[string]any)
			parties := goldParties(art, contact)
			if len(parties) < 2 {
				continue
			}
			offset := 0
			for line := range strings.SplitAfterSeq(story.body, "\n") {
				for _, sp := range sentenceSpans(line) {
					s := line[sp[0]:sp[1]]
					if _, ok := findPredicate(s); ok && slices.ContainsFunc(parties, func(g goldParty) bool { return g.named(s) }) {
						cases = append(cases, negCase{
							id:    fmt.Sprintf("%s-s%05d.txt", strings.TrimSuffix(story.file, ".txt"), offset+sp[0]),
							story: story, prefix: story.body[:offset+sp[0]], sentence: s, parties: parties,
							status: contact["status"].(string), mode: contact["mode"].(string),
						})
						cases[len(cases)-1].actors, _ = art["actors"].([]any)
					}
				}
				offset += len(line)
			}
		}
	}
	return cases
}

// reportedContacts returns, per article file name, the contacts the database says it
// reports: their participant names and what each article tells of them.
func reportedContacts(t *testing.T, path string) map[string][]reportedContact {
	t.Helper()
	d, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	rows, err := d.Query(`select a.source, m.status, m.mode, coalesce(m.date, ''), coalesce(m.date_text, ''), m.contact_id, x.name
		from contact_mentions m join articles a on a.id = m.article_id
		join contact_participants p on p.contact_id = m.contact_id join actors x on x.id = p.actor_id
		order by m.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string][]reportedContact{}
	for rows.Next() {
		var source, name string
		var r reportedContact
		if err := rows.Scan(&source, &r.status, &r.mode, &r.date, &r.dateText, &r.id, &name); err != nil {
			t.Fatal(err)
		}
		file := filepath.Base(source)
		list := out[file]
		if n := len(list); n > 0 && list[n-1].id == r.id {
			list[n-1].names = append(list[n-1].names, name)
		} else {
			r.names = []string{name}
			list = append(list, r)
		}
		out[file] = list
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// reportedContact is one contact an article reports: its parties and the status, mode and
// date the article gives it.
type reportedContact struct {
	id                           int64
	status, mode, date, dateText string
	names                        []string
}

// holds tells whether the contact's participants hold every party.
func (r reportedContact) holds(parties []goldParty) bool {
	return !slices.ContainsFunc(parties, func(g goldParty) bool { return !slices.ContainsFunc(r.names, g.is) })
}

// reportedOf is the reported contact whose participants hold every party and whose
// status is the one given, and ok false when there is none.
func reportedOf(reported []reportedContact, parties []goldParty, status string) (reportedContact, bool) {
	for _, r := range reported {
		if r.holds(parties) && r.status == status {
			return r, true
		}
	}
	return reportedContact{}, false
}

// statusOf is the status an article gives the contact of the parties ("" for none): of a
// reported contact whose participants hold every party.
func statusOf(reported []reportedContact, parties []goldParty) string {
	for _, r := range reported {
		if r.holds(parties) {
			return r.status
		}
	}
	return ""
}

// importCases writes one article per case (the text article gives it; cases of one
// sentence share it) into a folder, imports it and returns what each reports.
func importCases(t *testing.T, name string, cases []negCase, article func(negCase) (string, bool)) map[string][]reportedContact {
	t.Helper()
	dir := filepath.Join(t.TempDir(), name)
	if keep := os.Getenv("HOTLINE_NEGATED_DIR"); keep != "" {
		dir = filepath.Join(keep, name)
	}
	written := map[string]bool{}
	for _, c := range cases {
		if text, ok := article(c); ok && !written[c.id] {
			written[c.id] = true
			writeFile(t, dir, c.id, text)
		}
	}
	db := filepath.Join(t.TempDir(), name+".db")
	if r := hotline(t, t.TempDir(), nil, "", "import", dir, "--db", db, "--progress", "never"); r.code != 0 {
		t.Fatalf("import %s: %s\n%s", name, r.stderr, r.stdout)
	}
	return reportedContacts(t, db)
}

// toldCases are the cases of negCases whose story cut after the sentence as printed
// reports the contact with its gold status while the story cut before it does not: the
// sentence alone tells it.
func toldCases(t *testing.T) []negCase {
	t.Helper()
	cases := negCases(t)
	kept := importCases(t, "kept", cases, func(c negCase) (string, bool) { return c.article(c.sentence), true })
	dropped := importCases(t, "dropped", cases, func(c negCase) (string, bool) {
		return c.article(""), strings.TrimSpace(c.prefix) != "" // a story that opens with the sentence has nothing left
	})
	var told []negCase
	var unread, before int
	for _, c := range cases {
		switch {
		case statusOf(kept[c.id], c.parties) != c.status:
			unread++
		case statusOf(dropped[c.id], c.parties) != "":
			before++
		default:
			c.told, _ = reportedOf(kept[c.id], c.parties, c.status)
			told = append(told, c)
		}
	}
	t.Logf("%d sentences with a predicate and a party of a gold contact: %d tell it alone, %d after it was told, %d not read with its gold status",
		len(cases), len(told), before, unread)
	return told
}

// TestNegatedTuneContacts turns each sentence of dev/tune that reports a gold contact (held,
// or scheduled with "will") into a negated, denied, refused, cancelled, planned,
// hypothetical or requested one, or a contact noun with a predicate of its status
// (the real sentence with only its predicate rewritten: devset_negations_test.go), and
// checks that the story cut after it reports the contact as the guidelines say: none, or
// the contact with the status the edit gives it (issue 7: "Not contacts: ... refused,
// denied and hypothetical meetings"). A case counts only where the story cut after the
// sentence as printed reports the contact with its gold status and the story cut before it does not
// (so the sentence alone tells it). Fails under negatedFloors. HOTLINE_NEGATED_DIR, when
// set, names a folder that keeps the articles of each edit for study (hotline explain).
func TestNegatedTuneContacts(t *testing.T) {
	told := toldCases(t)
	for _, fam := range negationFamilies() {
		t.Run(fam.name, func(t *testing.T) {
			var rewritten, right, skipped int
			var wrong []string
			for _, rw := range fam.rewrites {
				edited := map[string]string{}
				got := importCases(t, strings.ReplaceAll(rw.name, " ", "-"), told, func(c negCase) (string, bool) {
					p, ok := findPredicate(c.sentence)
					if !ok {
						return "", false
					}
					s, ok := rw.edit(c.sentence, p)
					if ok {
						edited[c.id] = s
					}
					return c.article(s), ok
				})
				n, ok := 0, 0
				for _, c := range told {
					s, done := edited[c.id]
					if !done {
						skipped++
						continue
					}
					n++
					if st := statusOf(got[c.id], c.parties); st == rw.want {
						ok++
					} else {
						wrong = append(wrong, fmt.Sprintf("%s: want %q got %q: %s", c.id, rw.want, st, s))
					}
				}
				t.Logf("%-16s %3d rewritten, %3d right", rw.name, n, ok)
				rewritten += n
				right += ok
			}
			share := 0.0
			if rewritten > 0 {
				share = float64(right) / float64(rewritten)
			}
			t.Logf("%s: %d rewritten, %d right (%.3f), %d wrong, %d could not take the edit", fam.name, rewritten, right, share, len(wrong), skipped)
			for i, w := range wrong {
				if i == maxWrongShown {
					break
				}
				t.Log("  wrong " + w)
			}
			if share < negatedFloors[fam.name] {
				t.Errorf("%s: %.3f of the rewritten contacts right, want at least %.2f", fam.name, share, negatedFloors[fam.name])
			}
		})
	}
}
