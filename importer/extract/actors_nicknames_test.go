package extract_test

import (
	"slices"
	"strings"
	"testing"

	"hotline/importer/extract"
)

// TestNicknameInsideName checks names printed with a quoted nickname between given and
// family name (`Ramoncito "Bong" Villaflor`, curly or straight marks): one person, named
// without the nickname unless the nickname is how the gazetteer knows them, and the
// nickname never a quotation.
func TestNicknameInsideName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"he said after a nicknamed minister",
			"MANILA, March 4 - Interior Secretary Ramoncito \"Bong\" Villaflor met Japanese Ambassador Kenji Tanabe on Tuesday.\n\n\"We discussed the coast guard,\" he said.",
			[]quoteWant{{"We discussed the coast guard,", "Ramoncito Villaflor"}}},
		{"curly marks, surname said later",
			"Senator Maria Cristina “Tina” Valdepeñas visited the embassy on Monday.\n\n“Our workers deserve better,” Valdepeñas said.",
			[]quoteWant{{"Our workers deserve better,", "Maria Cristina Valdepeñas"}}},
		{"said X with the nickname inside",
			"\"The border stays open,\" said Defence Minister Aurelio \"Rely\" Castañeda.",
			[]quoteWant{{"The border stays open,", "Aurelio Castañeda"}}},
		{"a known actor's nickname stays in the known name",
			"Luiz Inácio \"Lula\" da Silva spoke with the visiting envoy on Monday. \"It was a good call,\" he said.",
			[]quoteWant{{"It was a good call,", "Luiz Inacio Lula da Silva"}}},
		{"a known alias of nickname and family name",
			"President Ferdinand \"Bongbong\" Marcos Jr. opened the session. \"We will defend every reef,\" he said.",
			[]quoteWant{{"We will defend every reef,", "Ferdinand Marcos Jr."}}},
		{"the bare nickname later is the person",
			"Interior Secretary Ramoncito \"Bong\" Villaflor met Japanese Ambassador Kenji Tanabe on Tuesday.\n\n\"We discussed the coast guard,\" Bong said.",
			[]quoteWant{{"We discussed the coast guard,", "Ramoncito Villaflor"}}},
		{"a bare nickname no name printed is no one's",
			"Interior Secretary Ramoncito Villaflor met Japanese Ambassador Kenji Tanabe on Tuesday.\n\n\"We discussed the coast guard,\" Bong said.",
			[]quoteWant{{"We discussed the coast guard,", ""}}},
		{"a real short quotation between two names stays a quotation",
			"Senator Pedro Almonte said on Monday that Villanueva was \"a danger to the republic\".",
			[]quoteWant{{"a danger to the republic", "Pedro Almonte"}}},
	})
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"X met a nicknamed minister in Manila",
			"Japanese Ambassador Kenji Tanabe met Interior Secretary Ramoncito \"Bong\" Villaflor in Manila on Tuesday.", "",
			[]contactWant{{names: []string{"Kenji Tanabe", "Ramoncito Villaflor"}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"X met a known actor printed with his nickname",
			"Japanese Ambassador Kenji Tanabe met Ferdinand \"Bongbong\" Marcos Jr. in Manila on Tuesday.", "",
			[]contactWant{{names: []string{"Kenji Tanabe", "Ferdinand Marcos Jr."}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
	})
	for _, c := range []struct {
		name, text string
		want, not  []string // actor names present and absent
	}{
		{"nickname alone is no person", "Interior Secretary Ramoncito \"Bong\" Villaflor met the press.",
			[]string{"Ramoncito Villaflor/person"}, []string{"Ramoncito/person", "Bong/person", "Villaflor/person"}},
		{"a short quotation after a name joins nothing", "Senator Pedro Almonte called Villanueva \"a liar\" on Monday.",
			[]string{"Pedro Almonte/person"}, []string{"Villanueva a liar/person"}},
		{"an epithet after a lower-case word is left as printed", "Opposition leader Margarita Ocampo, the so-called \"Iron Lady\" Ocampo of the south, spoke on Monday.",
			[]string{"Margarita Ocampo/person"}, []string{"Iron Lady Ocampo/person", "Margarita Iron Lady Ocampo/person"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			assertListed(t, "actors", actorNames(x.Extract(extract.Input{Text: c.text})), c.want, c.not)
		})
	}
	t.Run("the nickname said later is an alias", func(t *testing.T) {
		res := x.Extract(extract.Input{Text: "Interior Secretary Ramoncito \"Bong\" Villaflor met Japanese Ambassador Kenji Tanabe on Tuesday. \"It went well,\" Bong said."})
		i := slices.IndexFunc(res.Actors, func(a extract.Actor) bool { return a.Name == "Ramoncito Villaflor" })
		if i < 0 {
			t.Fatalf("no Ramoncito Villaflor in %v", actorNames(res))
		}
		assertListed(t, "aliases", res.Actors[i].Aliases, []string{"Bong"}, nil)
	})
	res := x.Extract(extract.Input{Text: "Interior Secretary Ramoncito \"Bong\" Villaflor met the press on Monday."})
	if len(res.Quotes) != 0 {
		t.Errorf("quotes %v, want none: the nickname is no quotation", quoteTexts(res))
	}
}

// assertListed checks that got holds every string of want and none of not.
func assertListed(tb testing.TB, what string, got, want, not []string) {
	tb.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			tb.Errorf("%s %q lack %q", what, got, w)
		}
	}
	for _, n := range not {
		if slices.Contains(got, n) {
			tb.Errorf("%s %q include %q", what, got, n)
		}
	}
}

// TestExplainNicknames checks that explain says when a quoted nickname inside a name was
// blanked, by which of the three rules and what it left: the tokens alone show only the
// blanked text.
func TestExplainNicknames(t *testing.T) {
	x := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"nickname dropped",
			"Interior Secretary Ramoncito \"Bong\" Villaflor met Japanese Ambassador Kenji Tanabe on Tuesday.",
			[]string{`+ person name.nickname "Ramoncito \"Bong\" Villaflor": the quoted nickname "Bong" blanked with its marks, leaving "Ramoncito Villaflor"`}},
		{"nickname of a known actor keeps its words",
			"Luiz Inácio \"Lula\" da Silva met the visiting envoy on Monday.",
			[]string{`+ person name.nickname-known "Inácio \"Lula\" da": the nickname "Lula" names a known actor: only its quotation marks blanked, leaving "Inácio Lula da"`}},
		{"known alias of nickname and family name drops the given name",
			"President Ferdinand \"Bongbong\" Marcos Jr. opened the session.",
			[]string{`+ person name.nickname-alias "Ferdinand \"Bongbong\" Marcos": nickname and family name are a known alias: the given name "Ferdinand" and the marks blanked, leaving "Bongbong Marcos"`}},
		{"a short quotation after a name is no nickname",
			"Senator Pedro Almonte called Villanueva \"a liar\" on Monday.",
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := explainText(t, x, c.text)
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("explain lacks %q:\n%s", w, out)
				}
			}
			if c.want == nil && strings.Contains(out, "name.nickname") {
				t.Errorf("explain notes a nickname where none was blanked:\n%s", out)
			}
		})
	}
}

// explainText is the text explain prints for text.
func explainText(tb testing.TB, x *extract.Extractor, text string) string {
	tb.Helper()
	var b strings.Builder
	if err := x.Explain(extract.Input{Text: text, Published: "2024-03-05"}).WriteText(&b); err != nil {
		tb.Fatal(err)
	}
	return b.String()
}
