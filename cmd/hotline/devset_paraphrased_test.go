package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// paraphrasedBelow are the floors of TestParaphrasedTuneScore where a family's floor is
// under dev/tune's own (devFloors["tune"]): a family not listed, or a total it does not
// list, must reach the floor of the stories as told. A little under what the importer
// reaches; raise them as it improves. At main (13d3e8c):
//   - meeting predicates (contacts .967, status .971): "agreed during their call to hold
//     talks in person" made the call scheduled ("in person" after a contact noun, a
//     meeting: .972, .981); "The two last held talks in China in May 2019" joined the
//     contact told before instead of being an earlier one ("last" before a light verb,
//     "again" after its noun, another sitting: .977, as told).
//   - appositive titles (contacts .944): an office set off after a name, "Julie Bishop,
//     the Australian foreign minister,", was read as a reference to another holder of it
//     (the named person's office: .972, and "which X, the prime minister, called" keeps X
//     its speaker); "with X, the Israeli president, at his residence in Jerusalem and then
//     with Y" lost Y (the dozen tokens that may hold "and then with" start after the
//     apposition: .977, as told).
//   - attribution verbs (actors .988, speaker .988): "the BBC's Steve Rosenberg added that
//     it was a "..."" made him the outlet's filer, no actor, where "said" kept him a speaker
//     (words class own-words: .990, .991). The short quotations after "said that X had"
//     that "said X had" keeps ("listened and learned") are still lost; they are optional in
//     the gold.
//   - honorific surnames (speaker .985): "set out by Mr. Tusk in a draft" gave the draft no
//     author, for the honorific between "by" and the name (.991, as told).
//   - titled surnames (quotes .992): `," agreed President Yudhoyono.` lost its two
//     quotations, a verb the lexicon lacks beside its speaker only when no title stood
//     between them (.996, as told).
//
// A family's speaker once logged .988 in one run and .991 in another; imports of every
// family's corpus, dev/tune, dev/check and the seeds under 1 to 16 workers, GOMAXPROCS 1
// to 8, concurrent load, GOGC=1 and -race gave the same rows every time (one quote of 323
// is .003: the runs compared likely differed in code). TestTuneImportIsDeterministic and
// the importer's TestImportIsDeterministic* keep imports reproducible.
var paraphrasedBelow = map[string]map[string]float64{}

// paraphrases are the families of TestParaphrasedTuneScore: each tells all of dev/tune's
// stories in the other words real outlets use, and none changes a gold field (see
// devset_paraphrases_test.go).
func paraphrases() []struct {
	name string
	say  paraphrase
} {
	return []struct {
		name string
		say  paraphrase
	}{
		{"attribution order", attributionOrder},
		{"attribution verbs", attributionVerbs},
		{"attribution according to", attributionAccording},
		{"attribution colon", attributionColon},
		{"meeting predicates", meetingPredicates},
		{"phone predicates", phonePredicates},
		{"contact nouns", contactNouns},
		{"honorific surnames", honorificSurnames},
		{"British honorific surnames", britishHonorificSurnames},
		{"titled surnames", titledSurnames},
		{"plain surnames", plainSurnames},
		{"office speakers", officeSpeakers},
		{"appositive titles", appositiveTitles},
		{"later full names", laterFullNames},
		{"weekday on", weekdayOn},
		{"all families", allFamilies},
	}
}

// goldPeople returns the gold persons of each dev/tune article, by file name.
func goldPeople(gold map[string]any) map[string][]paraPerson {
	out := map[string][]paraPerson{}
	for _, a := range gold["articles"].([]any) {
		art := a.(map[string]any)
		actors, _ := art["actors"].([]any)
		for _, x := range actors {
			m := x.(map[string]any)
			if m["kind"] != "person" {
				continue
			}
			role, _ := m["role"].(string)
			out[art["file"].(string)] = append(out[art["file"].(string)], paraPerson{name: m["name"].(string), role: role})
		}
	}
	return out
}

// TestParaphrasedTuneScore scores dev/tune told in other words, one family of rewrites a
// subtest (attribution, contact predicates, later and first mentions, speakers named by
// office, weekdays with or without "on", and all at once), against its gold unchanged,
// failing under the family's floors: the same facts told in other words must read the
// same. No family changes a gold field (names, modes, days and the words inside quotation
// marks stay; devset_paraphrases_test.go), so the gold is dev/tune's own. It logs each
// family's totals beside the stories as told. HOTLINE_PARAPHRASED_DIR, when set, names a
// folder that keeps the rewritten corpora (one subfolder per family: import its tune and
// run score.py -v on it against dev/tune's gold).
func TestParaphrasedTuneScore(t *testing.T) {
	stories, gold := readTuneStories(t)
	dev, err := filepath.Abs(filepath.Join(scoreDir, "dev"))
	if err != nil {
		t.Fatal(err)
	}
	goldPath := filepath.Join(dev, "tune.gold.json")
	t.Logf("%-26s %s", "unchanged", scoreLine(scoreImport(t, goldPath, filepath.Join(dev, "tune"))))
	people := goldPeople(gold)
	for _, tc := range paraphrases() {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if keep := os.Getenv("HOTLINE_PARAPHRASED_DIR"); keep != "" {
				dir = filepath.Join(keep, strings.ReplaceAll(tc.name, " ", "_"))
			}
			out := filepath.Join(dir, "tune")
			if err := os.MkdirAll(out, 0o755); err != nil {
				t.Fatal(err)
			}
			changed := 0
			for _, s := range stories {
				body := tc.say(s.body, people[s.file])
				if body != s.body {
					changed++
				}
				writeFile(t, out, s.file, s.frontMatter(s.title)+body)
			}
			rep := scoreImport(t, goldPath, out)
			t.Logf("%-26s %s (%d stories rewritten)", tc.name, scoreLine(rep), changed)
			checkTuneBelow(t, rep, paraphrasedBelow[tc.name])
		})
	}
}
