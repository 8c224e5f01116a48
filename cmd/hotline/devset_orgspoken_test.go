package main_test

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"hotline/importer/extract/lexicon"
)

// orgSpokenBelow are the floors of TestOrgSpokenTuneScore, by family, where a family
// falls under the stories it rewrites as told: a little under what the importer
// reaches; raise them as it improves. A family not listed, or a total it does not list,
// must reach the stories' own as told (measured on the same stories in the same run).
// At main (6b2399f) four families fell under the stories as told: "In a statement to the
// consortium, a Mossack Fonseca spokesman said it" named no speaker, a firm before
// "spokesman" read as an office's qualifier (an X spokesman, speaker .900 against .950);
// "officials at the Iranian embassy in Brazil said" closing a sentence the quotation went
// on in named none (officials at, .912 against .941); in named spokespeople (speaker
// .970, contacts .971, country .973 against 1.000, 1.000, .987) `"...," Peter Cook, a
// spokesman for the Defense Department, said in a statement. "...," the statement said`
// gave the second to the department of the person's apposition, "Asked whether ...
// Kerry, Hua Chunying, a spokeswoman for the Foreign Ministry, said" gave Kerry the words
// and made Hua one more met, and "Hope Hicks, a spokeswoman for Trump," lost the country
// "Trump spokeswoman" gives. All reach the stories as told now.
//
// Unnamed spokespeople is scored against its own gold, with the spokespeople gone from the
// actors: the country misses the stories as told have (two) weigh more among fewer
// actors, .957 against .967.
var orgSpokenBelow = map[string]map[string]float64{
	"unnamed spokespeople": {"country": 0.95},
}

// orgSpokenFamilies are the families of TestOrgSpokenTuneScore: one for each way copy
// attributes a quotation to an organisation (devset_orgspokes_test.go), one that calls an
// organisation named before by its head noun ("the ministry said"), one that names an
// unnamed official of it otherwise ("an official with the U.S. military"), and one that
// sets a named spokesperson's office before or after the name.
func orgSpokenFamilies() []struct {
	name string
	say  orgRewrite
} {
	var out []struct {
		name string
		say  orgRewrite
	}
	for _, a := range orgAttributions {
		out = append(out, struct {
			name string
			say  orgRewrite
		}{a.name, sayByOrg(a.say)})
	}
	return append(out, struct {
		name string
		say  orgRewrite
	}{"head references", orgHeadReferences}, struct {
		name string
		say  orgRewrite
	}{"unnamed officials", unnamedOfficials}, struct {
		name string
		say  orgRewrite
	}{"named spokespeople", namedSpokespeople})
}

// TestOrgSpokenTuneScore scores the dev/tune stories that attribute quotations to an
// organisation (or to a named spokesperson), each family telling the attributions in its
// own words, against their gold unchanged: who speaks for an organisation, and how the
// copy says so, must not change whose words they are. Each family is scored on the
// stories it rewrites, beside the same stories as told, so that a speaker lost counts
// against a few dozen quotations rather than all of dev/tune's. One more family,
// unnamed spokespeople, drops a named spokesperson's name, which changes the gold: it is
// scored against a gold copy rewritten to match (devset_orgspoken_unnamed_test.go), the
// stories as told against their own. HOTLINE_ORGSPOKEN_DIR,
// when set, keeps the rewritten stories and their gold (one subfolder per family).
func TestOrgSpokenTuneScore(t *testing.T) {
	stories, gold := readTuneStories(t)
	orgStories := goldOrgStories(gold)
	for _, tc := range orgSpokenFamilies() {
		t.Run(tc.name, func(t *testing.T) {
			dir, changed := writeFamily(t, tc.name, stories, func(s storyFile) (string, bool) {
				body := tc.say(s.body, orgStories[s.file])
				return body, body != s.body
			})
			goldPath := filepath.Join(dir, "gold.json")
			subsetGold(t, gold, changed, goldPath)
			scoreOrgFamily(t, tc.name, dir, goldPath, goldPath, len(changed))
		})
	}
	t.Run("unnamed spokespeople", func(t *testing.T) {
		lex, err := lexicon.Load()
		if err != nil {
			t.Fatal(err)
		}
		regolded := copyGold(t, gold)
		arts := map[string]map[string]any{}
		for _, a := range regolded["articles"].([]any) {
			arts[a.(map[string]any)["file"].(string)] = a.(map[string]any)
		}
		dir, changed := writeFamily(t, "unnamed spokespeople", stories, func(s storyFile) (string, bool) {
			return unnamedSpokespeople(lex, s.body, arts[s.file])
		})
		toldGold, goldPath := filepath.Join(dir, "told.gold.json"), filepath.Join(dir, "gold.json")
		subsetGold(t, gold, changed, toldGold)
		subsetGold(t, regolded, changed, goldPath)
		scoreOrgFamily(t, "unnamed spokespeople", dir, toldGold, goldPath, len(changed))
	})
}

// writeFamily writes the stories a family rewrites, as told into the folder's told/ and
// rewritten into its tune/, and returns the folder and the stories' file names. It fails
// a family that rewrites none.
func writeFamily(t *testing.T, name string, stories []storyFile, rewrite func(storyFile) (string, bool)) (string, map[string]bool) {
	t.Helper()
	dir := variantDir(t, "HOTLINE_ORGSPOKEN_DIR", name)
	changed := map[string]bool{}
	for _, s := range stories {
		body, ok := rewrite(s)
		if !ok {
			continue
		}
		changed[s.file] = true
		writeFile(t, filepath.Join(dir, "told"), s.file, s.frontMatter(s.title)+s.body)
		writeFile(t, filepath.Join(dir, "tune"), s.file, s.frontMatter(s.title)+body)
	}
	if len(changed) == 0 {
		t.Fatal("the family rewrote no story")
	}
	return dir, changed
}

// scoreOrgFamily scores a family's stories as told against toldGold and rewritten
// against goldPath, and fails the family under its floors.
func scoreOrgFamily(t *testing.T, name, dir, toldGold, goldPath string, n int) {
	t.Helper()
	before := scoreImport(t, toldGold, filepath.Join(dir, "told"))
	rep := scoreImport(t, goldPath, filepath.Join(dir, "tune"))
	t.Logf("%-28s %s (%d stories)", "as told", scoreLine(before), n)
	t.Logf("%-28s %s", name, scoreLine(rep))
	checkOrgSpoken(t, rep, before, orgSpokenBelow[name])
}

// subsetGold writes the gold of the articles named in files into path (no events: they
// join articles the subset may lack).
func subsetGold(t *testing.T, gold map[string]any, files map[string]bool, path string) {
	t.Helper()
	var arts []any
	for _, a := range gold["articles"].([]any) {
		if files[a.(map[string]any)["file"].(string)] {
			arts = append(arts, a)
		}
	}
	b, err := json.Marshal(map[string]any{"articles": arts, "events": []any{}})
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Dir(path), filepath.Base(path), string(b))
}

// checkOrgSpoken fails a family under its floors, or, for a total it does not list,
// under the same stories as told.
func checkOrgSpoken(t *testing.T, rep, told scoreReport, below map[string]float64) {
	t.Helper()
	f1 := func(r scoreReport) map[string]float64 {
		return map[string]float64{"actors": r.Actors.F1, "contacts": r.Contacts.F1, "quotes": r.Quotes.F1}
	}
	got, want := f1(rep), f1(told)
	for _, k := range []string{"speaker", "mode", "status", "country"} {
		if v := rep.Accuracy[k]; v != nil {
			got[k] = *v
		}
		if v := told.Accuracy[k]; v != nil {
			want[k] = *v
		}
	}
	for k, w := range want {
		if b, ok := below[k]; ok {
			w = b
		}
		if got[k] < w-1e-9 {
			t.Errorf("%s %.3f, want at least %.3f", k, got[k], w)
		}
	}
}
