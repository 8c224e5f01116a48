package main_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
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
var orgSpokenBelow = map[string]map[string]float64{}

// orgSpokenFamilies are the families of TestOrgSpokenTuneScore: one for each way copy
// attributes a quotation to an organisation (devset_orgspokes_test.go), and one that
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
	}{"named spokespeople", namedSpokespeople})
}

// TestOrgSpokenTuneScore scores the dev/tune stories that attribute quotations to an
// organisation (or to a named spokesperson), each family telling the attributions in its
// own words, against their gold unchanged: who speaks for an organisation, and how the
// copy says so, must not change whose words they are. Each family is scored on the
// stories it rewrites, beside the same stories as told, so that a speaker lost counts
// against a few dozen quotations rather than all of dev/tune's. HOTLINE_ORGSPOKEN_DIR,
// when set, keeps the rewritten stories and their gold (one subfolder per family).
func TestOrgSpokenTuneScore(t *testing.T) {
	stories, gold := readTuneStories(t)
	orgStories := goldOrgStories(gold)
	for _, tc := range orgSpokenFamilies() {
		t.Run(tc.name, func(t *testing.T) {
			dir := variantDir(t, "HOTLINE_ORGSPOKEN_DIR", tc.name)
			told, out := filepath.Join(dir, "told"), filepath.Join(dir, "tune")
			for _, d := range []string{told, out} {
				if err := os.MkdirAll(d, 0o755); err != nil {
					t.Fatal(err)
				}
			}
			changed := map[string]bool{}
			for _, s := range stories {
				body := tc.say(s.body, orgStories[s.file])
				if body == s.body {
					continue
				}
				changed[s.file] = true
				writeFile(t, told, s.file, s.frontMatter(s.title)+s.body)
				writeFile(t, out, s.file, s.frontMatter(s.title)+body)
			}
			if len(changed) == 0 {
				t.Fatal("the family rewrote no story")
			}
			goldPath := filepath.Join(dir, "gold.json")
			subsetGold(t, gold, changed, goldPath)
			before := scoreImport(t, goldPath, told)
			rep := scoreImport(t, goldPath, out)
			t.Logf("%-28s %s (%d stories)", "as told", scoreLine(before), len(changed))
			t.Logf("%-28s %s", tc.name, scoreLine(rep))
			checkOrgSpoken(t, rep, before, orgSpokenBelow[tc.name])
		})
	}
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
