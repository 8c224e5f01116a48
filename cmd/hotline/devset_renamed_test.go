package main_test

import (
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// renamedFloors are the floors on dev/tune with the surnames of its gold persons made up:
// the gazetteer (people.tsv) no longer knows them, as it does not know most persons of real
// news, so extraction must read who they are and where they serve from the text. A little
// under what the importer reaches (actors .987, contacts .952, country .912); raise them as
// extraction improves.
var renamedFloors = map[string]float64{
	"actors": 0.975, "contacts": 0.94, "quotes": 0.99,
	"speaker": 0.97, "mode": 0.95, "status": 0.97, "country": 0.895,
}

// surnameSyllables make up surnames no list knows: three of them, capitalized.
var surnameSyllables = []string{"va", "ren", "dor", "mik", "sol", "ta", "bre", "zan", "lo", "pek", "tur", "vin", "sa", "gol", "mar", "ker", "dus", "ni", "bo", "ral"}

// plainSurname is a surname the renaming may replace: one capitalized word of letters.
var plainSurname = regexp.MustCompile(`^[A-Z][a-z]+$`)

// surnameRenamer makes up surnames, each once, from a seeded source: the same seed gives
// the same renamed set on every run.
type surnameRenamer struct {
	rnd  *rand.Rand
	used map[string]bool
}

func (r *surnameRenamer) fake() string {
	for {
		var b strings.Builder
		for range 3 {
			b.WriteString(surnameSyllables[r.rnd.Intn(len(surnameSyllables))])
		}
		w := strings.ToUpper(b.String()[:1]) + b.String()[1:]
		if !r.used[w] {
			r.used[w] = true
			return w
		}
	}
}

// replacement is one surname and the made-up one that stands for it in an article.
type replacement struct {
	re  *regexp.Regexp
	new string
}

func rename(reps []replacement, s string) string {
	for _, p := range reps {
		s = p.re.ReplaceAllString(s, p.new)
	}
	return s
}

// renameAll applies reps to a string, or to every string of a list, kept under key in m.
func renameAll(reps []replacement, m map[string]any, key string) {
	switch v := m[key].(type) {
	case string:
		m[key] = rename(reps, v)
	case []any:
		for i, x := range v {
			if s, ok := x.(string); ok {
				v[i] = rename(reps, s)
			}
		}
	}
}

// articleRenames picks the surnames of an article's gold persons to make up: persons of
// two words or more whose surname is a plain word, is no given name of another person and
// is not printed in lower case anywhere in the text.
func articleRenames(r *surnameRenamer, actors []any, text string) []replacement {
	firsts := map[string]bool{}
	for _, a := range actors {
		m := a.(map[string]any)
		if m["kind"] == "person" {
			ws := strings.Fields(m["name"].(string))
			for _, w := range ws[:len(ws)-1] {
				firsts[w] = true
			}
		}
	}
	var reps []replacement
	seen := map[string]bool{}
	for _, a := range actors {
		m := a.(map[string]any)
		ws := strings.Fields(m["name"].(string))
		if m["kind"] != "person" || len(ws) < 2 {
			continue
		}
		sur := ws[len(ws)-1]
		if !plainSurname.MatchString(sur) || firsts[sur] || seen[sur] || strings.Contains(text, strings.ToLower(sur)) {
			continue
		}
		seen[sur] = true
		reps = append(reps, replacement{regexp.MustCompile(`\b` + sur + `\b`), r.fake()})
	}
	return reps
}

// writeRenamedTune writes dev/tune with made-up surnames into dir (dir/tune and
// dir/tune.gold.json) and returns the gold file's path; it skips when dev/tune is absent.
func writeRenamedTune(t *testing.T, dir string, seed int64) string {
	t.Helper()
	src := filepath.Join(scoreDir, "dev")
	raw, err := os.ReadFile(filepath.Join(src, "tune.gold.json"))
	if err != nil {
		t.Skipf("no dev set at %s (the shared/ folder beside the repository): %v", src, err)
	}
	var gold map[string]any
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "tune")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	r := &surnameRenamer{rnd: rand.New(rand.NewSource(seed)), used: map[string]bool{}}
	for _, a := range gold["articles"].([]any) {
		art := a.(map[string]any)
		file := art["file"].(string)
		text, err := os.ReadFile(filepath.Join(src, "tune", file))
		if err != nil {
			t.Fatal(err)
		}
		actors, _ := art["actors"].([]any)
		reps := articleRenames(r, actors, string(text))
		if err := os.WriteFile(filepath.Join(out, file), []byte(rename(reps, string(text))), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, key := range []string{"actors", "quotes", "contacts"} {
			items, _ := art[key].([]any)
			for _, it := range items {
				m := it.(map[string]any)
				for _, field := range []string{"name", "aliases", "aliases_ok", "speaker", "text", "participants"} {
					renameAll(reps, m, field)
				}
			}
		}
	}
	b, err := json.Marshal(gold)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "tune.gold.json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestRenamedTuneScore scores dev/tune with its persons' surnames made up, failing under
// renamedFloors: contacts and countries must come from the text's evidence, not from the
// gazetteer's knowledge of the person. HOTLINE_RENAMED_DIR, when set, names a folder that
// keeps the renamed corpus and gold for study (import it and run score.py -v on it).
func TestRenamedTuneScore(t *testing.T) {
	dir := os.Getenv("HOTLINE_RENAMED_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	gold := writeRenamedTune(t, dir, 7)
	rep := scoreImport(t, gold, filepath.Join(dir, "tune"))
	for name, p := range map[string]prf{"actors": rep.Actors, "contacts": rep.Contacts, "quotes": rep.Quotes} {
		t.Logf("renamed tune %-8s precision %.3f recall %.3f F1 %.3f", name, p.Precision, p.Recall, p.F1)
		if p.F1 < renamedFloors[name] {
			t.Errorf("%s F1 %.3f, want at least %.2f", name, p.F1, renamedFloors[name])
		}
	}
	for _, name := range []string{"speaker", "mode", "status", "country"} {
		got := rep.Accuracy[name]
		t.Logf("renamed tune %-8s accuracy %v", name, deref(got))
		if got == nil || *got < renamedFloors[name] {
			t.Errorf("%s accuracy %v, want at least %.2f", name, deref(got), renamedFloors[name])
		}
	}
}
