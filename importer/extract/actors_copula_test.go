package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// officeCase is a text and what it says of one person: the office and country it gives
// ("" for none: the test then checks that the person has none).
type officeCase struct {
	name          string
	text          string
	person        string
	role, country string
}

// TestOfficeAfterName checks that an office told after a name, by a copula ("X is the Czech
// ambassador"), a relative clause ("X, who is Germany's foreign minister,"), a verb of
// appointment ("X, who was appointed foreign minister") or in brackets, is the person's as
// an apposition's is; that a diplomat of a demonym or the head of a country's delegation
// has that country; and that a copula before something else ("X is the man who met the
// ambassador", "X is a friend of the ambassador") gives none.
func TestOfficeAfterName(t *testing.T) {
	runOfficeCases(t, newExtractor(t), []officeCase{
		{"is the demonym ambassador", "Ondrej Kralik met Tiemoko Kone in Abidjan. Kralik is the Czech ambassador.", "Ondrej Kralik", "Ambassador", "CZ"},
		{"is the demonym ambassador to a host", "Ondrej Kralik is the Czech ambassador to Ivory Coast.", "Ondrej Kralik", "Ambassador", "CZ"},
		{"was the possessive ambassador", "Jan Novak was Slovakia's ambassador to Kenya until last year.", "Jan Novak", "Ambassador", "SK"},
		{"has been ambassador", "Jan Novak has been the Slovak ambassador in Nairobi since 2020.", "Jan Novak", "Ambassador", "SK"},
		{"who is the possessive foreign minister", "Lena Vogt, who is Germany's foreign minister, met Ana Kovac on Monday.", "Lena Vogt", "Foreign Minister", "DE"},
		{"who is also foreign minister", "Lena Vogt, who is also the German foreign minister, spoke on Monday.", "Lena Vogt", "Foreign Minister", "DE"},
		{"who serves as foreign minister", "Tomas Varga, who serves as foreign minister of Hungary, said the talks went well.", "Tomas Varga", "Foreign Minister", "HU"},
		{"who was appointed foreign minister", "Tomas Varga, who was appointed Hungarian foreign minister in May, said the talks went well.", "Tomas Varga", "Foreign Minister", "HU"},
		{"who became foreign minister", "Tomas Varga, who became Hungary's foreign minister in May, said the talks went well.", "Tomas Varga", "Foreign Minister", "HU"},
		{"is the top diplomat", "Olena Marchuk is Ukraine's top diplomat.", "Olena Marchuk", "Foreign Minister", "UA"},
		{"now the deputy prime minister", "Marta Kos, now the Slovenian deputy prime minister, spoke on Friday.", "Marta Kos", "", "SI"},
		{"office in brackets", "Marta Ivanic (Czech ambassador) spoke to the press.", "Marta Ivanic", "Ambassador", "CZ"},
		{"office between dashes", "Jan Novak — the Slovak ambassador — met Bakary Traore on Monday.", "Jan Novak", "Ambassador", "SK"},
		{"office between double hyphens", "Petr Kolar -- the Czech ambassador -- met Ali Toure on Monday.", "Petr Kolar", "Ambassador", "CZ"},
		{"who as foreign minister", "Eva Berg, who as Sweden's foreign minister met Idrissa Bamba in May, said so.", "Eva Berg", "Foreign Minister", "SE"},
		{"possessive office apposition", "Hakan Demir, Turkey's foreign minister, said the talks went well.", "Hakan Demir", "Foreign Minister", "TR"},
		{"office of a country apposition", "Hakan Demir, foreign minister of Turkey, said the talks went well.", "Hakan Demir", "Foreign Minister", "TR"},
		{"is the office of a country", "Hakan Demir is the foreign minister of Turkey.", "Hakan Demir", "Foreign Minister", "TR"},
		{"was named foreign minister", "Hakan Demir was named Turkey's foreign minister in May.", "Hakan Demir", "Foreign Minister", "TR"},
		{"remains foreign minister", "Hakan Demir remains the Turkish foreign minister, the ministry said.", "Hakan Demir", "Foreign Minister", "TR"},
		{"who has now been ambassador", "Jan Novak, who has now been Slovakia's ambassador for six years, met the press.", "Jan Novak", "Ambassador", "SK"},
		{"is a former ambassador", "Jan Novak is a former Slovak ambassador to Kenya.", "Jan Novak", "Ambassador", "SK"},
		// a country with no office of the gazetteer: a head of a country's delegation, a
		// diplomat or lawmaker of a demonym; an analyst or activist of one serves no state
		{"the head of a demonym delegation", "Ivan Bartos, the head of the Czech delegation, met Ali Toure on Monday.", "Ivan Bartos", "", "CZ"},
		{"head of a demonym delegation", "Ivan Bartos, head of the Czech delegation, met Ali Toure on Monday.", "Ivan Bartos", "", "CZ"},
		{"is the head of a delegation", "Ivan Bartos is the head of the Czech delegation.", "Ivan Bartos", "", "CZ"},
		{"a demonym diplomat", "Jan Novak, a Czech diplomat, met Bakary Traore on Monday.", "Jan Novak", "", "CZ"},
		{"a senior demonym diplomat", "Petr Dvorak, a senior Czech diplomat, spoke with Amadou Kone on Monday.", "Petr Dvorak", "", "CZ"},
		{"a demonym lawmaker", "Olga Hora, a Czech lawmaker, met Sekou Sylla on Monday.", "Olga Hora", "", "CZ"},
		{"is a demonym lawmaker", "Olga Hora is a Czech lawmaker.", "Olga Hora", "", "CZ"},
		{"an age before the apposition", "Jan Novak, 54, the Slovak ambassador, met Bakary Traore on Monday.", "Jan Novak", "Ambassador", "SK"},
		{"an adviser to a demonym office", "Milan Urban, an adviser to the Czech president, met Issa Keita on Monday.", "Milan Urban", "Adviser", "CZ"},
		{"an aide to a country's office", "Milan Urban, an aide to Turkey's foreign minister, met Issa Keita on Monday.", "Milan Urban", "", "TR"},
		{"an ambassador to a country serves another", "Milan Urban, the ambassador to the Czech Republic, met Issa Keita on Monday.", "Milan Urban", "Ambassador", ""},
		{"who heads a demonym delegation", "Tomas Pojar, who heads the Czech delegation, met Fanta Camara on Monday.", "Tomas Pojar", "", "CZ"},
		{"led a country's team", "Tomas Pojar led Slovakia's negotiating team at the talks.", "Tomas Pojar", "", "SK"},
		{"who leads talks with a delegation", "Tomas Pojar, who leads the talks with the Czech delegation, said so.", "Tomas Pojar", "", ""},
		{"a country analyst serves none", "Anna Berg, a China analyst at the institute, said the talks went well.", "Anna Berg", "", ""},
		{"a demonym activist serves none", "Anna Berg, a Russian activist, said the talks went well.", "Anna Berg", "", ""},
		// copulas that tell no office of the name before them
		{"is the man who met the ambassador", "Jan Novak is the man who met the Czech ambassador.", "Jan Novak", "", ""},
		{"is a friend of the ambassador", "Jan Novak is a friend of the Czech ambassador.", "Jan Novak", "", ""},
		{"is the ambassador's son", "Jan Novak is the Czech ambassador's son.", "Jan Novak", "", ""},
		{"is to meet the foreign minister", "Jan Novak is to meet the German foreign minister on Friday.", "Jan Novak", "", ""},
		{"was received by the foreign minister", "Jan Novak was received by the German foreign minister.", "Jan Novak", "", ""},
		{"who met the foreign minister", "Jan Novak, who met the German foreign minister, said the talks went well.", "Jan Novak", "", ""},
		{"has the ambassador's support", "Jan Novak has the Czech ambassador's support.", "Jan Novak", "", ""},
		{"was appointed by the foreign minister", "Jan Novak was appointed by the German foreign minister.", "Jan Novak", "", ""},
		{"the office of the name after it", "Jan Novak is Foreign Minister Lena Vogt's adviser.", "Jan Novak", "", ""},
		{"the object of a preposition", "The guest of Jan Novak was the Czech ambassador.", "Jan Novak", "", ""},
		{"is a country's enemy", "Jan Novak is Russia's enemy, Ana Kovac said.", "Jan Novak", "", ""},
		{"was replaced as foreign minister", "Jan Novak was replaced as Czech foreign minister in May.", "Jan Novak", "", ""},
		{"who as a result met the ambassador", "Jan Novak, who as a result met the Czech ambassador, said so.", "Jan Novak", "", ""},
		{"a dash before a clause", "Jan Novak — who met the Czech ambassador — said so.", "Jan Novak", "", ""},
		{"is expected to meet the ambassador", "Jan Novak is expected to meet the Czech ambassador on Friday.", "Jan Novak", "", ""},
	})
}

func runOfficeCases(t *testing.T, x *extract.Extractor, cases []officeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: c.text})
			a, ok := findActor(res, c.person)
			if !ok {
				if c.role == "" && c.country == "" {
					return // no actor, no office
				}
				t.Fatalf("missing actor %q in %v", c.person, actorNames(res))
			}
			if c.role != "" && a.Role != c.role || c.role == "" && c.country == "" && a.Role != "" {
				t.Errorf("%s role = %q, want %q", c.person, a.Role, c.role)
			}
			if a.Country != c.country {
				t.Errorf("%s country = %q, want %q", c.person, a.Country, c.country)
			}
		})
	}
}

// TestContactOfOfficeAfterName checks that a contact told before an office after a name
// keeps its parties, as one before an apposition does, and that a copula that tells no
// office (TestOfficeAfterName) leaves a contact between untitled people as it is.
func TestContactOfOfficeAfterName(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"is the ambassador, told after the contact", "On Tuesday, Ondrej Kralik met Tiemoko Kone in Abidjan. Kralik is the Czech ambassador.", "",
			[]contactWant{{names: []string{"Ondrej Kralik", "Tiemoko Kone"}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"has been ambassador, told before the contact", "Jan Novak has been Slovakia's ambassador to Kenya since 2020. On Friday, Novak met Bakary Traore in Nairobi.", "",
			[]contactWant{{names: []string{"Jan Novak", "Bakary Traore"}, mode: "meeting", status: "held", dateText: "Friday"}}},
		{"who is foreign minister, in the contact's sentence", "Lena Vogt, who is Germany's foreign minister, met Ana Kovac on Monday.", "",
			[]contactWant{{names: []string{"Lena Vogt", "Ana Kovac"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"who serves as foreign minister, by phone", "Tomas Varga, who serves as foreign minister, spoke by phone with Ana Kovac on Monday.", "",
			[]contactWant{{names: []string{"Tomas Varga", "Ana Kovac"}, mode: "phone", status: "held", dateText: "Monday"}}},
		{"the top diplomat, both told after", "Olena Marchuk met Ana Kovac in Kyiv on Monday. Marchuk is Ukraine's top diplomat.", "",
			[]contactWant{{names: []string{"Olena Marchuk", "Ana Kovac"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"office in brackets", "Marta Ivanic (Czech ambassador) met Bakary Traore on Monday.", "",
			[]contactWant{{names: []string{"Marta Ivanic", "Bakary Traore"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"a demonym diplomat", "Jan Novak, a Czech diplomat, met Bakary Traore on Monday.", "",
			[]contactWant{{names: []string{"Jan Novak", "Bakary Traore"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"head of a demonym delegation", "Ivan Bartos, head of the Czech delegation, met Ali Toure on Monday.", "",
			[]contactWant{{names: []string{"Ivan Bartos", "Ali Toure"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"a friend of the ambassador is no office", "Mark Lane met Gary Wilson on Tuesday. Lane is a friend of the Czech ambassador.", "",
			[]contactWant{{names: []string{"Mark Lane", "Gary Wilson"}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"the man who met the ambassador is no office", "Mark Lane met Gary Wilson on Tuesday. Lane is the man who met the Czech ambassador.", "",
			[]contactWant{{names: []string{"Mark Lane", "Gary Wilson"}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
	})
}

// TestOfficeAfterPronoun checks that "he is the Czech ambassador" after the sentence that
// names a person gives that person the office; a person who has an office keeps it, "he
// is Czech" gives no country, and a pronoun inside another clause ("where he is a
// speaker") gives no office.
func TestOfficeAfterPronoun(t *testing.T) {
	x := newExtractor(t)
	runOfficeCases(t, x, []officeCase{
		{"he is the ambassador", "Ondrej Kralik said the talks went well. He is the Czech ambassador.", "Ondrej Kralik", "Ambassador", "CZ"},
		{"she has been foreign minister", "Lena Vogt spoke on Monday. She has been Germany's foreign minister since May.", "Lena Vogt", "Foreign Minister", "DE"},
		{"an office already told stays", "Ambassador Ondrej Kralik arrived on Monday. He is the Czech foreign minister's guest.", "Ondrej Kralik", "Ambassador", ""},
		{"he is a demonym", "Ondrej Kralik said the talks went well. He is Czech.", "Ondrej Kralik", "", ""},
		{"in a quotation", "Ondrej Kralik said the talks went well. \"He is the Czech ambassador,\" Jan Novak said.", "Ondrej Kralik", "", ""},
		{"a clause inside another tells no office", "Mr. Kralik will be in Brno on June 14 for a conference, where he is a speaker.", "Kralik", "", ""},
		{"a clause after that tells no office", "Ondrej Kralik spoke on Monday. The law says merely that he is the administrator of the fund.", "Ondrej Kralik", "", ""},
		{"after an opening adverbial the pronoun still tells", "Ondrej Kralik said the talks went well. Since May, he has been the Czech ambassador.", "Ondrej Kralik", "Ambassador", "CZ"},
	})
	runContactCases(t, x, []contactCase{
		{"he is the ambassador, after the contact", "On Tuesday, Ondrej Kralik met Tiemoko Kone in Abidjan. He is the Czech ambassador.", "",
			[]contactWant{{names: []string{"Ondrej Kralik", "Tiemoko Kone"}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
	})
}
