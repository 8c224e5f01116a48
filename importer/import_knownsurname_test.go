package importer_test

import (
	"slices"
	"strings"
	"testing"

	"hotline/importer"
	"hotline/importer/extract"
)

// TestImportKnownSurname checks that a word an article uses as a person's surname, and
// ties to none of its persons, is the one person an earlier article of the run or an
// earlier import named in full with that surname (actor.known-surname), so that a
// follow-up story's contact has parties and merges with the other reports (a hyphenated
// surname too, which is one word of the text but two of its key); and that it is
// no one when the surname is ambiguous, an organisation's name, another known person's
// given name, or the article's own person, nor when the full name comes only later.
func TestImportKnownSurname(t *testing.T) {
	full := outletStory{"a.md", "Wire", "2025-03-10", "Russian President Sergei Tarasov spoke by phone with French President Claire Vautrin on Monday about a ceasefire."}
	bare := outletStory{"b.md", "Paper", "2025-03-11", "Vautrin and Tarasov discussed a ceasefire in a phone call on Monday, the Elysee said."}
	for _, tc := range []struct {
		name string
		runs [][]outletStory // one import each, into one file
		// org, when set, is a word the extractor is made to return as an organisation
		// (orgExtractor) for an article that tells it is one.
		org       string
		want      []string // reportedContacts
		wantKnown int      // mentions of rule actor.known-surname
	}{{
		name:      "the surnames of the persons an earlier article of the run named",
		runs:      [][]outletStory{{full, bare}},
		want:      []string{"Claire Vautrin & Sergei Tarasov (phone, 2025-03-10)|a.md,b.md"},
		wantKnown: 2,
	}, {
		name:      "the surnames of the persons an earlier import named",
		runs:      [][]outletStory{{full}, {bare}},
		want:      []string{"Claire Vautrin & Sergei Tarasov (phone, 2025-03-10)|a.md,b.md"},
		wantKnown: 2,
	}, {
		name: "one party by full name, the other by surname",
		runs: [][]outletStory{{full,
			{"b.md", "Paper", "2025-03-11", "Russian President Sergei Tarasov discussed a ceasefire with Vautrin in a phone call on Monday, the Kremlin said."},
		}},
		want:      []string{"Claire Vautrin & Sergei Tarasov (phone, 2025-03-10)|a.md,b.md"},
		wantKnown: 1,
	}, {
		name: "a full name with a given name no lexicon knows",
		runs: [][]outletStory{{
			{"a.md", "Wire", "2025-03-10", "Nigerian Foreign Minister Tamsk Oduya met Russian Foreign Minister Sergei Volkonsky in Abuja on Monday."},
			{"b.md", "Paper", "2025-03-11", "Tamsk Oduya and Volkonsky met in Abuja on Monday, officials said."},
		}},
		want:      []string{"Sergei Volkonsky & Tamsk Oduya (meeting, 2025-03-10)|a.md,b.md"},
		wantKnown: 1, // Volkonsky; Tamsk Oduya is actor.known-name
	}, {
		name: "a family name written first",
		runs: [][]outletStory{{
			{"a.md", "Wire", "2025-03-22", "Chinese Foreign Minister Shen Guoliang spoke by phone with Brazilian Foreign Minister Ana Bezerra on Saturday."},
			{"b.md", "Paper", "2025-03-23", "Shen and Bezerra discussed the climate talks in a phone call on Saturday, Brasilia said."},
		}},
		want:      []string{"Ana Bezerra & Shen Guoliang (phone, 2025-03-22)|a.md,b.md"},
		wantKnown: 2,
	}, {
		name: "a hyphenated surname",
		runs: [][]outletStory{{
			{"a.md", "Wire", "2025-03-10", "French President Claire Doe-Vautrin spoke by phone with Russian President Sergei Tarasov on Monday about a ceasefire."},
			{"b.md", "Paper", "2025-03-11", "Doe-Vautrin and Tarasov discussed a ceasefire in a phone call on Monday, the Elysee said."},
		}},
		want:      []string{"Claire Doe-Vautrin & Sergei Tarasov (phone, 2025-03-10)|a.md,b.md"},
		wantKnown: 2,
	}, {
		name: "a hyphenated surname two known persons end in",
		runs: [][]outletStory{{
			{"a.md", "Wire", "2025-03-10", "French President Claire Doe-Vautrin spoke by phone with Russian President Sergei Tarasov on Monday about a ceasefire."},
			{"a2.md", "Wire", "2025-03-10", "French Foreign Minister Marc Doe-Vautrin met Belgian Foreign Minister Hugo Peeters in Paris on Monday."},
			{"b.md", "Paper", "2025-03-11", "Doe-Vautrin and Tarasov discussed a ceasefire in a phone call on Monday, the Elysee said."},
		}},
		want: []string{
			"Claire Doe-Vautrin & Sergei Tarasov (phone, 2025-03-10)|a.md",
			"Hugo Peeters & Marc Doe-Vautrin (meeting, 2025-03-10)|a2.md",
		},
		wantKnown: 1, // Tarasov: one party makes no contact
	}, {
		name: "a surname after its country's possessive",
		runs: [][]outletStory{{full,
			{"b.md", "Paper", "2025-03-11", "Russia's Tarasov spoke by phone with French President Claire Vautrin on Monday, the Elysee said."},
		}},
		want:      []string{"Claire Vautrin & Sergei Tarasov (phone, 2025-03-10)|a.md,b.md"},
		wantKnown: 1,
	}, {
		name: "the surnames read before the full names: no one yet",
		runs: [][]outletStory{{
			{"a.md", "Paper", "2025-03-11", "Vautrin and Tarasov discussed a ceasefire in a phone call on Monday, the Elysee said."},
			{"b.md", "Wire", "2025-03-10", "Russian President Sergei Tarasov spoke by phone with French President Claire Vautrin on Monday about a ceasefire."},
		}},
		want: []string{"Claire Vautrin & Sergei Tarasov (phone, 2025-03-10)|b.md"},
	}, {
		name: "a surname two known persons have",
		runs: [][]outletStory{{
			{"a.md", "Wire", "2025-02-11", "Russian Foreign Minister Ivan Petrov met Indian External Affairs Minister Arjun Mehra in New Delhi on Tuesday."},
			{"b.md", "Agency", "2025-02-12", "Russian Defence Minister Oleg Petrov met Indian External Affairs Minister Arjun Mehra in New Delhi on Wednesday."},
			{"c.md", "Paper", "2025-02-13", "Mehra and Petrov spoke by phone on Thursday about arms sales, the ministry said."},
		}},
		want: []string{
			"Arjun Mehra & Ivan Petrov (meeting, 2025-02-11)|a.md",
			"Arjun Mehra & Oleg Petrov (meeting, 2025-02-12)|b.md",
		},
		wantKnown: 1, // Mehra: one party makes no contact
	}, {
		name: "a surname that is also an organisation's name",
		org:  "Tarasov",
		runs: [][]outletStory{{
			full,
			{"a2.md", "Wire", "2025-03-10", "Tarasov is a made-up organisation."},
			bare,
		}},
		want:      []string{"Claire Vautrin & Sergei Tarasov (phone, 2025-03-10)|a.md"},
		wantKnown: 1, // Vautrin
	}, {
		name: "a surname that is another known person's given name",
		runs: [][]outletStory{{
			full,
			{"a2.md", "Wire", "2025-03-10", "Kyrgyz Foreign Minister Tarasov Bekov met Kazakh Foreign Minister Dmitry Serikbayev in Astana on Monday."},
			bare,
		}},
		want: []string{
			"Claire Vautrin & Sergei Tarasov (phone, 2025-03-10)|a.md",
			"Dmitry Serikbayev & Tarasov Bekov (meeting, 2025-03-10)|a2.md",
		},
		wantKnown: 1, // Vautrin
	}, {
		name: "a common word opening a sentence",
		runs: [][]outletStory{{
			{"a.md", "Wire", "2025-04-23", "Vietnamese President Tran Duc Long spoke by phone with Chinese President Qiao Mingde on Wednesday."},
			{"b.md", "Paper", "2025-04-24", "Long queues formed at the border after a phone call with Qiao on Wednesday, officials said."},
		}},
		want:      []string{"Qiao Mingde & Tran Duc Long (phone, 2025-04-23)|a.md"},
		wantKnown: 1, // Qiao
	}, {
		name: "a surname the article also writes in lower case",
		runs: [][]outletStory{{
			{"a.md", "Wire", "2025-04-23", "U.S. Trade Representative Dana Rice spoke by phone with Chinese President Qiao Mingde on Wednesday."},
			{"b.md", "Paper", "2025-04-24", "Qiao held a phone call with Rice exporters on Wednesday, and rice prices fell."},
		}},
		want: []string{"Dana Rice & Qiao Mingde (phone, 2025-04-23)|a.md"},
	}, {
		name: "the article's own person with the surname and another given name",
		runs: [][]outletStory{{
			full,
			{"b.md", "Paper", "2025-03-12", "Belarusian Foreign Minister Anna Tarasov met French President Claire Vautrin on Wednesday. Vautrin and Tarasov discussed trade."},
		}},
		want: []string{
			"Anna Tarasov & Claire Vautrin (meeting, 2025-03-12)|b.md",
			"Claire Vautrin & Sergei Tarasov (phone, 2025-03-10)|a.md",
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			// The writer decides, in input order: the number of analysers changes nothing.
			for _, workers := range []int{1, 4} {
				opt := importer.Options{Workers: workers}
				if tc.org != "" {
					opt.Extractor = orgExtractor(t, tc.org)
				}
				s, path := newStore(t)
				for _, run := range tc.runs {
					files := map[string]string{}
					for _, st := range run {
						files[st.file] = st.markdown()
					}
					runImport(t, s, opt, folder(t, files))
				}
				if got := reportedContacts(t, path); !slices.Equal(got, tc.want) {
					t.Errorf("%d workers, contacts:\n%q\nwant\n%q", workers, got, tc.want)
				}
				if got := queryInt(t, rawDB(t, path), `SELECT COUNT(*) FROM actor_mentions WHERE rule = 'actor.known-surname'`); got != tc.wantKnown {
					t.Errorf("%d workers: %d mentions of actor.known-surname, want %d", workers, got, tc.wantKnown)
				}
			}
		})
	}
}

// orgExtractor is the built-in extractor, but for an article that says it is "a made-up
// organisation", which it makes one organisation named word: the extractor makes no organisation of a
// made-up bare word.
func orgExtractor(tb testing.TB, word string) importer.Extractor {
	tb.Helper()
	x, err := extract.New()
	if err != nil {
		tb.Fatal(err)
	}
	return orgStub{x: x, word: word}
}

type orgStub struct {
	x    *extract.Extractor
	word string
}

func (o orgStub) Extract(in extract.Input) extract.Result {
	if !strings.Contains(in.Text, "a made-up organisation") {
		return o.x.Extract(in)
	}
	start := strings.Index(in.Text, o.word)
	return extract.Result{Actors: []extract.Actor{{Name: o.word, Kind: "organization", Country: "RU",
		Mentions: []extract.Span{{Start: start, End: start + len(o.word), Rule: "test.org"}}}}}
}
