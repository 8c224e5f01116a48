package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// robustCase is a made-up text that once made Extract panic or run for seconds: the
// import then skips the whole article and loses its data.
type robustCase struct {
	name, text string
}

// robustCases returns the texts TestRobust runs and FuzzExtract seeds with, so that each
// crash found once stays covered by both.
func robustCases() []robustCase {
	return []robustCase{
		{"bracketed letter between an office and a demonym", "The memo was signed by the Secretary of State (B) Russian officials said."},
		{"bracketed time zone after a title", "The call is set for 10:30 Sen. (GMT-08:00) Time in Ostrava."},
		{"bracketed initial before a particle surname", "Deputy Prime Minister (J) Van arrived on Monday."},
		{"the two's contact in the last sentence", "The two prime ministers held talks on Tuesday."},
	}
}

// TestRobust runs Extract over texts that once crashed it; a panic fails the subtest.
func TestRobust(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range robustCases() {
		t.Run(c.name, func(t *testing.T) {
			x.Extract(extract.Input{Text: c.text, Published: "2022-02-01"})
		})
	}
}
