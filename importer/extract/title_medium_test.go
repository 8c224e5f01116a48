package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestTitleMedium covers a headline that names the medium of the lead's contact.
func TestTitleMedium(t *testing.T) {
	x := newExtractor(t)
	body := "President Joe Biden spoke today with Prime Minister Narendra Modi of India. The two leaders discussed trade."
	cases := []struct {
		name, title, body, want string
	}{
		{"readout of a call", "Readout of President Biden's Call with Prime Minister Modi of India", body, "phone"},
		{"phone in the headline", "Biden and Modi talk by phone on trade", body, "phone"},
		{"video call in the headline", "Biden holds video call with Modi", body, "video"},
		{"a headline meeting virtually", "Biden and Modi meet virtually on trade", body, "video"},
		{"a headline Zoom call", "Biden joins Zoom call with Modi", body, "video"},
		{"telephonic talks in the headline", "Biden, Modi hold telephonic talks", body, "phone"},
		{"a call for something is no medium", "Biden renews call for calm as Modi visits border", body, "unspecified"},
		{"a headline that names another party", "Readout of President Biden's Call with Chancellor Scholz", body, "unspecified"},
		{"no headline", "", body, "unspecified"},
		{"a contact told late in the story keeps its medium", "Readout of President Biden's Call with Prime Minister Modi",
			"The White House issued a statement. It covered many topics. Officials said more was to come. Later, Biden spoke with Modi.", "unspecified"},
		{"a meeting keeps its mode", "Readout of President Biden's Call with Prime Minister Modi", "President Joe Biden met Prime Minister Narendra Modi of India today.", "meeting"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: c.body, Title: c.title})
			if len(res.Contacts) != 1 {
				t.Fatalf("got %d contacts %v, want 1", len(res.Contacts), res.Contacts)
			}
			if got := string(res.Contacts[0].Mode); got != c.want {
				t.Errorf("mode = %s, want %s", got, c.want)
			}
		})
	}
}
