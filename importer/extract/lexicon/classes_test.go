package lexicon_test

import (
	"testing"

	"hotline/importer/extract/lexicon"
)

// TestWordClasses checks that a word keeps every class words.tsv gives it, from the first
// class to the last, and no other: the classes are a set per word, not one value. The set
// ClassesOf returns (read once per token by the extractor) answers as In does.
func TestWordClasses(t *testing.T) {
	lex := mustLoad(t)
	cases := []struct {
		word  string
		class lexicon.Class
		want  bool
	}{
		{"said", lexicon.Speech, true},
		{"said", lexicon.Judging, false},
		{"called", lexicon.Judging, true},
		{"border", lexicon.StateBody, true},
		{"travel", lexicon.TripPlan, true},
		{"stay", lexicon.TripPlan, false},
		{"headed", lexicon.TripMade, true},
		{"there", lexicon.Sequel, true},
		{"said", lexicon.StateBody, false},
		{"isn’t", lexicon.Negation, true}, // the curly form of a listed "isn't"
		{"trilateral", lexicon.Gather, true},
		{"including", lexicon.Gather, false}, // a call each when phoned: contacts_split.go reads it apart
		{"again", lexicon.AnotherSitting, true},
		{"latest", lexicon.ContactOrdinal, true},
		{"sides", lexicon.PairNoun, true},
		{"talks", lexicon.CountedContacts, false},
		{"hour-long", lexicon.Duration, true},
		{"originally", lexicon.PlanFiller, true},
		{"tomorrow", lexicon.Future, true},
		{"note-taker", lexicon.Interpreter, true},
		{"federation", lexicon.StateNoun, true},
		{"regards", lexicon.Greeting, true},
		{"dear", lexicon.SignOff, false},
		{"sent", lexicon.SignOff, true},
		{"congratulate", lexicon.VisitPurpose, true},
		{"camp", lexicon.PersonsOwn, true},
		{"sheikh", lexicon.Royal, true},
		{"come", lexicon.InvitedTo, true},
		{"expects", lexicon.PlanAhead, true},
		{"autumn", lexicon.Season, true},
		{"comprised", lexicon.Membership, true},
		{"working", lexicon.OccasionKind, true},
		{"conversation", lexicon.NearContactNoun, true},
		{"lunch", lexicon.SittingNoun, true},
		{"face-to-face", lexicon.InPersonMedium, true},
		{"greets", lexicon.Welcoming, true},
		{"hugged", lexicon.ObjectContact, true},
		{"flew", lexicon.FiniteVerb, true},
		{"brokered", lexicon.Convening, true},
		{"exclusive", lexicon.InterviewKind, true},
		{"zzz", lexicon.Speech, false},
	}
	for _, c := range cases {
		t.Run(c.word, func(t *testing.T) {
			if got := lex.In(c.class, c.word); got != c.want {
				t.Errorf("In(%d, %q) = %v, want %v", c.class, c.word, got, c.want)
			}
			if got := lex.ClassesOf(c.word).Has(c.class); got != c.want {
				t.Errorf("ClassesOf(%q).Has(%d) = %v, want %v", c.word, c.class, got, c.want)
			}
		})
	}
}
