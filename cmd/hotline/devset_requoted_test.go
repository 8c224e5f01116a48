package main_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// requotedBelow are the floors of TestReshapedTuneQuotes, by family: speaker accuracy and
// quotes F1 on the stories a family rewrites, a little under what the importer reaches
// (a quotation of about 60 to 180 is .005 to .017); raise them as it improves. A total a
// family does not list must reach the same stories as told. Reached now (as told in
// brackets): split .967 of 60 (.962), run-on .989 of 177 (.986, also hard-wrapped),
// speaker before .988 of 84 (.988), statement colon .979 of 142 (.979), mid-sentence .983
// of 172 (.979), role speakers .986 of 73 (.986); quotes F1 .995 and 1.000.
//
// At main (1788190) three families fell under the stories as told: "Livni spoke to
// reporters. "...," she said." gave the words to Rice, a woman named before, over Livni,
// whose gender the article's pronouns did not tell ("Livni said ... . She said" tells it
// now: speaker before .976 -> .988); `"...," the researcher said` after "researcher with
// Human Rights Watch Andreas Harsono" named no one (actor.described-as: role speakers .973
// -> .986); `"Some think Britain needs more time.` / `"I hear this ...," Michel said.` gave
// the first paragraph to Merkel, who spoke the paragraph before (run-on .983 -> .989).
var requotedBelow = map[string]map[string]float64{
	"split quotes":              {"speaker": 0.95, "quotes": 0.99},
	"run-on paragraphs":         {"speaker": 0.98, "quotes": 0.99},
	"run-on paragraphs wrapped": {"speaker": 0.98, "quotes": 0.99},
	"speaker before":            {"speaker": 0.98, "quotes": 0.99},
	"statement colon":           {"speaker": 0.97, "quotes": 0.99},
	"mid-sentence attribution":  {"speaker": 0.97, "quotes": 0.99},
	"role speakers":             {"speaker": 0.975, "quotes": 0.99},
}

// requoteFamilies are the families of TestReshapedTuneQuotes (devset_requotes_test.go).
func requoteFamilies() []struct {
	name string
	say  requote
} {
	return []struct {
		name string
		say  requote
	}{
		{"split quotes", splitQuotes},
		{"run-on paragraphs", runOnParagraphs},
		{"run-on paragraphs wrapped", runOnWrapped},
		{"speaker before", speakerBefore},
		{"statement colon", statementColon},
		{"mid-sentence attribution", midSentence},
		{"role speakers", roleSpeakers},
	}
}

// requoteArticles returns each dev/tune article's gold persons and quotations, by file.
func requoteArticles(gold map[string]any) map[string]requoteArticle {
	people := goldPeople(gold)
	out := map[string]requoteArticle{}
	for _, a := range gold["articles"].([]any) {
		art := a.(map[string]any)
		file := art["file"].(string)
		ra := requoteArticle{people: people[file]}
		qs, _ := art["quotes"].([]any)
		for _, x := range qs {
			q := x.(map[string]any)
			text, _ := q["text"].(string)
			speaker, _ := q["speaker"].(string)
			ra.quotes = append(ra.quotes, goldQuote{text, speaker})
		}
		out[file] = ra
	}
	return out
}

// cutGoldQuotes replaces in a gold article each quotation a rewrite cut with its parts,
// of the same speaker and the same optional flag.
func cutGoldQuotes(art map[string]any, cuts []quoteCut) {
	for _, c := range cuts {
		whole := strings.Join(quotedWords(c.whole), " ")
		var out []any
		qs, _ := art["quotes"].([]any)
		for _, x := range qs {
			q := x.(map[string]any)
			if text, _ := q["text"].(string); strings.Join(quotedWords(text), " ") != whole {
				out = append(out, q)
				continue
			}
			for _, part := range c.parts {
				p := map[string]any{}
				for k, v := range q {
					p[k] = v
				}
				p["text"] = part
				out = append(out, p)
			}
		}
		art["quotes"] = out
	}
}

// TestReshapedTuneQuotes scores dev/tune with its quotations printed in the other shapes
// newsrooms use (devset_requotes_test.go), one family a subtest, on the stories the family
// rewrites beside the same stories as told: who said the words must not change with how
// the copy prints them. The gold is the stories' own; where a family cut a quotation in
// two, its parts replace it, of the same speaker. It logs
// speaker accuracy with its n and quotes F1, and fails under requotedBelow.
// HOTLINE_ORGSPOKEN_DIR, when set, keeps the stories and their gold (writeFamily).
func TestReshapedTuneQuotes(t *testing.T) {
	stories, gold := readTuneStories(t)
	arts := requoteArticles(gold)
	for _, tc := range requoteFamilies() {
		t.Run(tc.name, func(t *testing.T) {
			regolded := copyGold(t, gold)
			byFile := map[string]map[string]any{}
			for _, a := range regolded["articles"].([]any) {
				byFile[a.(map[string]any)["file"].(string)] = a.(map[string]any)
			}
			dir, changed := writeFamily(t, "requoted "+tc.name, stories, func(s storyFile) (string, bool) {
				body, cuts := tc.say(s.body, arts[s.file])
				cutGoldQuotes(byFile[s.file], cuts)
				return body, body != s.body
			})
			toldGold, goldPath := filepath.Join(dir, "told.gold.json"), filepath.Join(dir, "gold.json")
			subsetGold(t, gold, changed, toldGold)
			subsetGold(t, regolded, changed, goldPath)
			told := scoreImport(t, toldGold, filepath.Join(dir, "told"))
			rep := scoreImport(t, goldPath, filepath.Join(dir, "tune"))
			t.Logf("%-26s %s (%d stories)", "as told", quoteLine(told), len(changed))
			t.Logf("%-26s %s", tc.name, quoteLine(rep))
			checkRequoted(t, rep, told, requotedBelow[tc.name])
		})
	}
}

// quoteLine prints a report's quotation totals: speaker accuracy with its n, quotes F1.
func quoteLine(rep scoreReport) string {
	sp := "  -  "
	if v := rep.Accuracy["speaker"]; v != nil {
		sp = fmt.Sprintf("%.3f", *v)
	}
	return fmt.Sprintf("speaker %s (n=%d) quotes F1 %.3f (P %.3f R %.3f)", sp, rep.AccuracyN["speaker"], rep.Quotes.F1, rep.Quotes.Precision, rep.Quotes.Recall)
}

// checkRequoted fails a family's speaker accuracy and quotes F1 under its floors, or,
// where it lists none, under the same stories as told.
func checkRequoted(t *testing.T, rep, told scoreReport, below map[string]float64) {
	t.Helper()
	got := map[string]float64{"quotes": rep.Quotes.F1}
	want := map[string]float64{"quotes": told.Quotes.F1}
	if v := rep.Accuracy["speaker"]; v != nil {
		got["speaker"] = *v
	}
	if v := told.Accuracy["speaker"]; v != nil {
		want["speaker"] = *v
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
