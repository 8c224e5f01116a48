package main_test

import (
	"reflect"
	"testing"
)

// TestRequotes checks each family of TestReshapedTuneQuotes on made-up copy: what it
// rewrites, what it leaves, and the gold quotations it cuts.
func TestRequotes(t *testing.T) {
	art := requoteArticle{
		people: []paraPerson{{name: "Marta Lindqvist", role: "Foreign Minister"}, {name: "Tomas Berg", role: "Prime Minister"}},
		quotes: []goldQuote{
			{"We have agreed on a series of steps. The talks will go on next week,", "Marta Lindqvist"},
			{"Sweden will stand by its partners, whatever the cost of the sanctions,", "Marta Lindqvist"},
			{"The border must stay open for aid convoys.", "Marta Lindqvist"},
			{"Nobody wants a war in the region,", "Tomas Berg"},
			{"We will keep talking to everyone who wants peace,", "Tomas Berg"},
		},
	}
	intro := "Marta Lindqvist met her Norwegian counterpart on Monday. She called the talks useful.\n"
	cases := []struct {
		name string
		say  requote
		body string
		want string
		cuts []quoteCut
	}{
		{"split at a sentence", splitQuotes,
			`"We have agreed on a series of steps. The talks will go on next week," Lindqvist said.`,
			`"We have agreed on a series of steps," Lindqvist said. "The talks will go on next week."`,
			[]quoteCut{{"We have agreed on a series of steps. The talks will go on next week", []string{"We have agreed on a series of steps.", "The talks will go on next week"}}}},
		{"split into a paragraph of its own the second time", func(body string, art requoteArticle) (string, []quoteCut) {
			out, cuts := splitQuotes(body+"\n"+body, art)
			return out, cuts[1:]
		},
			`"We have agreed on a series of steps. The talks will go on next week," Lindqvist said.`,
			`"We have agreed on a series of steps," Lindqvist said. "The talks will go on next week."` + "\n" + `"We have agreed on a series of steps," Lindqvist said.` + "\n" + `"The talks will go on next week."`,
			[]quoteCut{{"We have agreed on a series of steps. The talks will go on next week", []string{"We have agreed on a series of steps.", "The talks will go on next week"}}}},
		{"split leaves one sentence", splitQuotes,
			`"Nobody wants a war in the region," Berg said.`, `"Nobody wants a war in the region," Berg said.`, nil},
		{"mid-sentence attribution", midSentence,
			`"Sweden will stand by its partners, whatever the cost of the sanctions," said Lindqvist on Monday.`,
			`"Sweden will stand by its partners," Lindqvist said on Monday, "whatever the cost of the sanctions."`,
			[]quoteCut{{"Sweden will stand by its partners, whatever the cost of the sanctions", []string{"Sweden will stand by its partners", "whatever the cost of the sanctions"}}}},
		{"statement colon", statementColon,
			`"Nobody wants a war in the region," Berg said. He left for Oslo.`,
			"Berg said on Monday:\n\"Nobody wants a war in the region.\" He left for Oslo.", nil},
		{"run-on from a sentence end", runOnParagraphs,
			`Lindqvist said: "We have agreed on a series of steps. The talks will go on next week."`,
			"Lindqvist said: \"We have agreed on a series of steps.\n\"The talks will go on next week.\"",
			[]quoteCut{{"We have agreed on a series of steps. The talks will go on next week.", []string{"We have agreed on a series of steps.", "The talks will go on next week."}}}},
		{"run-on into a quotation of the same speaker", runOnParagraphs,
			"Lindqvist said: \"The border must stay open for aid convoys.\"\n\"Sweden will stand by its partners, whatever the cost of the sanctions,\" she said.",
			"Lindqvist said: \"The border must stay open for aid convoys.\n\"Sweden will stand by its partners, whatever the cost of the sanctions,\" she said.", nil},
		{"no run-on into another speaker", runOnParagraphs,
			"Lindqvist said: \"The border must stay open for aid convoys.\"\n\"Nobody wants a war in the region,\" Berg said.",
			"Lindqvist said: \"The border must stay open for aid convoys.\"\n\"Nobody wants a war in the region,\" Berg said.", nil},
		{"speaker before and she added", speakerBefore,
			intro + `"Sweden will stand by its partners, whatever the cost of the sanctions," Lindqvist said.` + "\n" + `"The border must stay open for aid convoys," Lindqvist said.`,
			intro + `Lindqvist spoke to reporters on Monday. "Sweden will stand by its partners, whatever the cost of the sanctions," she said.` + "\n" + `"The border must stay open for aid convoys," she added.`, nil},
		{"speaker before after narration, told", speakerBefore,
			intro + `The talks ran late. "The border must stay open for aid convoys," Lindqvist told the BBC.`,
			intro + `The talks ran late. Lindqvist spoke to reporters on Monday. "The border must stay open for aid convoys," she told the BBC.`, nil},
		{"speaker of unknown gender stays", speakerBefore,
			`"Nobody wants a war in the region," Berg said.`, `"Nobody wants a war in the region," Berg said.`, nil},
		{"role speaker", roleSpeakers,
			"Prime Minister Tomas Berg flew to Oslo.\n" + `"Nobody wants a war in the region," Berg said on Monday.`,
			"Prime Minister Tomas Berg flew to Oslo.\n" + `"Nobody wants a war in the region," the prime minister said on Monday.`, nil},
		{"role speaker before the first mention stays", roleSpeakers,
			`"Nobody wants a war in the region," Berg said.` + "\nPrime Minister Tomas Berg flew to Oslo.",
			`"Nobody wants a war in the region," Berg said.` + "\nPrime Minister Tomas Berg flew to Oslo.", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, cuts := tc.say(tc.body, art)
			if got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
			if !reflect.DeepEqual(cuts, tc.cuts) {
				t.Errorf("cuts %q, want %q", cuts, tc.cuts)
			}
		})
	}
}

// TestCutGoldQuotes checks that a cut quotation's parts replace it in the gold, of the
// same speaker.
func TestCutGoldQuotes(t *testing.T) {
	art := map[string]any{"quotes": []any{
		map[string]any{"text": "We have agreed. The talks go on,", "speaker": "Marta Lindqvist"},
		map[string]any{"text": "Nobody wants a war,", "speaker": "Tomas Berg"},
	}}
	cutGoldQuotes(art, []quoteCut{{"We have agreed. The talks go on", []string{"We have agreed.", "The talks go on"}}})
	want := []any{
		map[string]any{"text": "We have agreed.", "speaker": "Marta Lindqvist"},
		map[string]any{"text": "The talks go on", "speaker": "Marta Lindqvist"},
		map[string]any{"text": "Nobody wants a war,", "speaker": "Tomas Berg"},
	}
	if !reflect.DeepEqual(art["quotes"], want) {
		t.Errorf("got %v, want %v", art["quotes"], want)
	}
}
