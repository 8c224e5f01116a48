package clean_test

import (
	"strings"
	"testing"

	"hotline/importer/clean"
)

// TestRepeatKeyIsTheFormula checks the one-pass repeat key against the functions it stands
// for, on spacing, case and bytes that are not UTF-8.
func TestRepeatKeyIsTheFormula(t *testing.T) {
	for _, s := range []string{"", " ", ".", " . ", "The Talks.", "  The\t talks \n ended.  ", "Talks..",
		"Ärger İstanbul \u212Aelvin", "a\u00a0b\u0085c\u2003d", "bad \xff byte", "\ufffd kept", "END.", "x .",
		"“Quoted,” he said.", "‘Talks’ ended’.", "a.\u00a0", "ǅemal ǆ", "\xe2\x80 cut rune"} {
		t.Run(s, func(t *testing.T) {
			straight := strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`).Replace(s)
			want := strings.TrimSuffix(strings.ToLower(strings.Join(strings.Fields(straight), " ")), ".")
			if got := clean.RepeatKey(s); got != want {
				t.Errorf("RepeatKey(%q) = %q, want %q", s, got, want)
			}
		})
	}
}

// FuzzRepeatKeyUpTo checks that the key built only up to a length tells a text whose key
// is another of that length apart, and finds the texts whose key it is, and that a text
// told apart by its first byte or its signature (word count and first byte) has another
// key.
func FuzzRepeatKeyUpTo(f *testing.F) {
	f.Add("The Talks Ended.", "the talks ended")
	f.Add("  The\t talks \n ended. . ", "the talks ended. .")
	f.Add("Talks ended in Geneva on Monday after a week.", "talks ended")
	f.Add(".", "")
	f.Add("Talks ended .", "talks  ENDED")
	f.Add("\u0130stanbul talks", "istanbul talks")
	f.Add("\x00 a", "\x00 A")
	f.Fuzz(func(t *testing.T, s, other string) {
		if clean.RepeatKey(s) == clean.RepeatKey(other) {
			ws, fs := clean.RepeatSignature(s)
			wo, fo := clean.RepeatSignature(other)
			if ws != wo || fs != fo && fs != clean.Wild && fo != clean.Wild {
				t.Errorf("%q and %q have one key and different signatures (%d %q, %d %q)", s, other, ws, fs, wo, fo)
			}
		}
		for _, key := range []string{clean.RepeatKey(s), clean.RepeatKey(other)} {
			got := clean.RepeatKeyUpTo(s, len(key)+2) == key
			if want := clean.RepeatKey(s) == key; got != want {
				t.Errorf("RepeatKeyUpTo(%q, %d) == %q is %v, want %v", s, len(key)+2, key, got, want)
			}
			if key != "" && clean.DifferentStart(s, key) && clean.RepeatKey(s) == key {
				t.Errorf("DifferentStart(%q, %q) but the key is the same", s, key)
			}
		}
	})
}

// TestRepeatsAcrossSignatures checks that the paragraphs the signature sets apart are
// those it may: a repeat that starts with a capital outside ASCII lowering to ASCII, or
// with other spacing and case, is still found, and paragraphs of as many words are kept.
func TestRepeatsAcrossSignatures(t *testing.T) {
	body := "İstanbul talks went on into the night, officials said on Monday.\n\n" +
		"The two delegations met again in the morning to settle the rest.\n\n" +
		"istanbul talks went on into the night, officials said on Monday.\n\n" +
		"THE TWO  delegations met again in the morning to settle the rest\n\n" +
		"Both delegations met again in the evening to settle the rest."
	res := clean.Clean(body)
	var repeats int
	for _, r := range res.Removed {
		if r.Rule == clean.RuleRepeat {
			repeats++
		}
	}
	if repeats != 2 || !strings.Contains(res.Text, "Both delegations") {
		t.Errorf("%d repeats removed, want 2; text:\n%s", repeats, res.Text)
	}
}

// TestRepeatsInOtherQuotes checks that a headline a scraper read twice, once in straight
// and once in curly quotation marks, is one paragraph, and that the marks do not make two
// other paragraphs one.
func TestRepeatsInOtherQuotes(t *testing.T) {
	for _, tc := range []struct {
		name, first, second string
		repeat              bool
	}{
		{"straight then curly", `Minister says talks were 'frank' and "useful"`, "Minister says talks were ‘frank’ and “useful”", true},
		{"curly then straight", "Minister’s talks ‘frank’, aide says", `Minister's talks 'frank', aide says`, true},
		{"other words stay", `Minister says talks were "useful"`, "Minister says talks were “useless”", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := tc.first + "\n\nThe two ministers met in Geneva on Monday, officials said.\n\n" + tc.second +
				"\n\nThey agreed to meet again next month."
			res := clean.Clean(body)
			var repeats int
			for _, r := range res.Removed {
				if r.Rule == clean.RuleRepeat {
					repeats++
				}
			}
			if got := repeats == 1; got != tc.repeat {
				t.Errorf("%d repeats removed, want repeat %v; text:\n%s", repeats, tc.repeat, res.Text)
			}
		})
	}
}
