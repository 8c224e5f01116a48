package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestSpokespersonBodyCountry covers a spokesperson described by the body spoken for: a
// state's ministry, military or council gives its country, an international body none.
func TestSpokespersonBodyCountry(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"spokesman for a demonym ministry", "Jan Kowalski, a spokesman for the Polish foreign ministry, said the ambassador had been summoned.",
			[]actorWant{{"Jan Kowalski", "spokesman", "PL"}}, nil},
		{"spokeswoman for a demonym capitalized ministry", "Maria Zakharenko, a spokeswoman for the Russian Defence Ministry, said the drones were downed overnight.",
			[]actorWant{{"Maria Zakharenko", "spokeswoman", "RU"}}, nil},
		{"spokesman for a known council", "\"We will keep talking,\" said Daniel Marsh, a spokesman for the National Security Council.",
			[]actorWant{{"Daniel Marsh", "spokesman", "US"}}, nil},
		{"spokesman for a country's military", "Ahmad Karimi, a spokesman for Iran's armed forces, denied the report.",
			[]actorWant{{"Ahmad Karimi", "spokesman", "IR"}}, nil},
		{"spokesman without article and a rank", "Major General Rudi Hartono, spokesman for the Indonesian military, said the boat was found.",
			[]actorWant{{"Rudi Hartono", "", "ID"}}, nil},
	}
	runActorCases(t, x, cases)
	for _, c := range []struct{ name, text, person string }{
		{"spokesman for an international body", "\"We are watching,\" said Tomas Berg, a spokesman for the European Commission.", "Tomas Berg"},
		{"spokesman for a community of speakers", "Ivan Petrenko, a spokesman for the Russian-speaking community, said the vote was unfair.", "Ivan Petrenko"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, ok := findActor(x.Extract(extract.Input{Text: c.text}), c.person)
			if !ok {
				t.Fatalf("missing actor %q", c.person)
			}
			if a.Country != "" {
				t.Errorf("%s country = %q, want none", c.person, a.Country)
			}
		})
	}
}

// TestRoleReferenceGivesCountry covers a role reference that names a country ("the Hungarian
// president", "Turkey's foreign minister") and the one holder of that role whose country
// the text does not tell, named before it or, as wire leads run, after it.
func TestRoleReferenceGivesCountry(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"reference after the holder", "President Ilona Varga met Olaf Scholz on Monday. The Hungarian president said the talks were useful.",
			[]actorWant{{"Ilona Varga", "President", "HU"}}, nil},
		{"wire lead before the holder", "Turkey's foreign minister said on Tuesday he would travel to Moscow next week. Foreign Minister Mevlut Kavala told reporters the trip was planned.",
			[]actorWant{{"Mevlut Kavala", "Foreign Minister", "TR"}}, nil},
		{"deputy minister in a wire lead", "MOSCOW (Reuters) - Russia's deputy foreign minister said on Monday that talks could resume. \"We are ready,\" Deputy Foreign Minister Oleg Syromolotov told reporters.",
			[]actorWant{{"Oleg Syromolotov", "Deputy Foreign Minister", "RU"}}, nil},
		{"portfolio minister in a wire lead", "Kenya's finance minister said on Thursday the budget gap would narrow. Finance Minister John Mbadi told lawmakers revenue had risen.",
			[]actorWant{{"John Mbadi", "Finance Minister", "KE"}}, nil},
		{"demonym lead before the holder", "The Lithuanian prime minister said on Friday the border would stay closed. \"We have no choice,\" Prime Minister Ruta Kairiene told a news conference.",
			[]actorWant{{"Ruta Kairiene", "Prime Minister", "LT"}}, nil},
	}
	runActorCases(t, x, cases)
	t.Run("another holder of the role has a country", func(t *testing.T) {
		res := x.Extract(extract.Input{Text: "Turkey's foreign minister said on Tuesday he would travel to Athens. Greek Foreign Minister Nikos Andreadis welcomed the visit, and Foreign Minister Mevlut Kavala said the trip was planned."})
		a, ok := findActor(res, "Mevlut Kavala")
		if !ok {
			t.Fatalf("missing actor Mevlut Kavala in %v", actorNames(res))
		}
		if a.Country != "" {
			t.Errorf("Mevlut Kavala country = %q, want none: the reference may be either minister's", a.Country)
		}
	})
}

// TestOfCountryAfterName covers "of (the) <country>" right after a name: the person's own
// country, over a demonym that an "and" would otherwise carry over from the name before.
func TestOfCountryAfterName(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"of the country after a name", "The mediators included Leonel Fernandez of the Dominican Republic and diplomats from Norway.",
			[]actorWant{{"Leonel Fernandez", "", "DO"}}, nil},
		{"own country over a shared demonym", "Both sides met former Spanish Prime Minister Jose Luis Rodriguez Zapatero and former presidents Martin Torrijos of Panama and Ernesto Samper of Colombia.",
			[]actorWant{{"Jose Luis Rodriguez Zapatero", "Prime Minister", "ES"}, {"Martin Torrijos", "President", "PA"}, {"Ernesto Samper", "", "CO"}}, nil},
	}
	runActorCases(t, x, cases)
}

// TestHostCountries covers holders of national offices whose country the text leaves
// untold: named in a sentence that opens with "In <country>" (a minister's account of a
// tour, where a person titled by a rank alone is that country's too), or met on the one
// visit the article opens with; the visitors keep none.
func TestHostCountries(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"in a country I met", "Foreign Minister Penny Wong returned from the Middle East on Friday. In Jordan I met Prime Minister Bisher Khasawneh and Interior Minister Mazen Faraya.",
			[]actorWant{{"Bisher Khasawneh", "Prime Minister", "JO"}, {"Mazen Faraya", "Interior Minister", "JO"}}, nil},
		{"in a country, where, I met", "In Lebanon, where I welcomed the new government, I met President Joseph Aoun and Prime Minister Nawaf Salam.",
			[]actorWant{{"Joseph Aoun", "President", "LB"}, {"Nawaf Salam", "Prime Minister", "LB"}}, nil},
		{"in a country I met a speaker of parliament", "In Lebanon, where I welcomed the new government, I met President Karim Haddoum, Speaker of the Parliament Fadi Nasrallo and Prime Minister Samir Tadrosi.",
			[]actorWant{{"Fadi Nasrallo", "Speaker", "LB"}, {"Samir Tadrosi", "Prime Minister", "LB"}}, nil},
		{"in a country I met a ranked person with no office", "In Jordan I met Prime Minister Samir Haddad and the head of the intelligence service, General Adel Rawashdeh.",
			[]actorWant{{"Samir Haddad", "Prime Minister", "JO"}, {"Adel Rawashdeh", "", "JO"}}, nil},
		{"visit the article opens with", "Foreign Minister Alexander Downer visited Fiji on 12 December. Mr Downer called on the Prime Minister, the Hon Laisenia Qarase, and held talks with Foreign Minister Kaliopate Tavola.",
			[]actorWant{{"Laisenia Qarase", "Prime Minister", "FJ"}, {"Kaliopate Tavola", "Foreign Minister", "FJ"}}, nil},
		{"visit to a country", "Top Chinese diplomat Yang Jiechi met leaders on Thursday during his two-day visit to Singapore. He called on Deputy Prime Minister Heng Swee Keat in his office.",
			[]actorWant{{"Heng Swee Keat", "Deputy Prime Minister", "SG"}}, nil},
		{"met before his own visit to a country", "Top Chinese diplomat Wen Lidao met Prime Minister Arun Tevakam and other leaders on Thursday during his two-day visit to Singapore. Mr Wen left on Friday.",
			[]actorWant{{"Arun Tevakam", "Prime Minister", "SG"}}, nil},
		{"will visit a country", "Chilean President Rosa Almendral will visit Vietnam and meet leader Tran Quoc Vinh this week, both sides said. She will also meet Prime Minister Le Van Duc.",
			[]actorWant{{"Rosa Almendral", "President", "CL"}, {"Le Van Duc", "Prime Minister", "VN"}}, nil},
	}
	runActorCases(t, x, cases)
	for _, c := range []struct{ name, text, person, country string }{
		{"the subject after the opening place", "In Jordan, Trade Minister Maria Ortez met business leaders on Monday.", "Maria Ortez", ""},
		{"a ranked subject after the opening place", "In Jordan, General Tom Kessler met refugees on Monday.", "Tom Kessler", ""},
		{"the visitor of the visit", "Prime Minister Mateo Ruiz visited Japan on Monday, the first such trip in a decade.", "Mateo Ruiz", ""},
		{"a visitor to the country the story is about", "The Chinese government had stern words for Israel on Monday. Beijing hosted talks. Chinese officials welcomed the guests. Trade was discussed. Strangely, Prime Minister Avi Dorlan's visit to China coincided with a summit. China said the talks went well.", "Avi Dorlan", ""},
		{"a visit told late in a story of another country", "President Hamid Karzai condemned the attacks in Kabul. Afghan officials said 50 people died. Police said the bomb went off near a shrine in Kabul, Afghanistan. Kabul was calm on Wednesday. Karzai canceled a visit to the United Kingdom after the blasts. Interior Minister Omar Daudzai said the attackers were caught.", "Omar Daudzai", "AF"},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: c.text})
			a, ok := findActor(res, c.person)
			if !ok {
				t.Fatalf("missing actor %q in %v", c.person, actorNames(res))
			}
			if a.Country != c.country {
				t.Errorf("%s country = %q, want %q", c.person, a.Country, c.country)
			}
		})
	}
}

// TestPartyLeaderCountry covers a party of the gazetteer before an office: its leader
// serves the party's country; "Labour Minister" stays an office of no party.
func TestPartyLeaderCountry(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"party leader", "Labour leader Keir Starmer said he would meet union leaders on Monday.",
			[]actorWant{{"Keir Starmer", "", "GB"}}, nil},
		{"party acronym spelled out", "UK Independence Party leader Nigel Farage said the rebate was set in stone.",
			[]actorWant{{"Nigel Farage", "Leader", "GB"}}, nil},
		{"party chairman", "Conservative Party chairman Greg Hands said the vote would go ahead.",
			[]actorWant{{"Greg Hands", "Chairman", "GB"}}, nil},
		{"labour minister is an office", "Labour Minister Kemal Ozturk met union leaders in Ankara.",
			[]actorWant{{"Kemal Ozturk", "Labour Minister", ""}}, []string{"Labour Party"}},
	}
	runActorCases(t, x, cases)
}

// TestOfficesAndBodiesOfAState covers gazetteer entries whose country the text leaves to
// the reader: a first lady of a country, India's PMO, Qatar's Amiri Diwan ("the Diwan
// said" is the Diwan named before, no person).
func TestOfficesAndBodiesOfAState(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"first lady of a country", "He also met the First Lady of Ukraine, Olena Zelenska, in Kyiv.",
			[]actorWant{{"Olena Zelenska", "First Lady", "UA"}}, nil},
		{"PMO statement", "Prime Minister Narendra Modi held a call with President Emmanuel Macron, according to a PMO statement.",
			[]actorWant{{"PMO", "", "IN"}}, nil},
		{"head of a state's body in apposition", "He met on Monday with Arkady Velmisov, head of the Russian Security Council, in Moscow.",
			[]actorWant{{"Arkady Velmisov", "", "RU"}}, nil},
		{"head of an international body in apposition", "He met on Monday with Arkady Velmisov, head of the UN Security Council, in New York.",
			[]actorWant{{"Arkady Velmisov", "", ""}}, nil},
	}
	runActorCases(t, x, cases)
	t.Run("the Diwan said", func(t *testing.T) {
		res := x.Extract(extract.Input{Text: "Emir Sheikh Tamim bin Hamad Al Thani spoke with Donald Trump by phone, the Emiri Diwan said on Wednesday. The two leaders discussed \"efforts to ease tensions in the region,\" the Diwan said."})
		d, ok := findActor(res, "Amiri Diwan")
		if !ok || d.Kind != extract.KindOrganization || d.Country != "QA" {
			t.Fatalf("Amiri Diwan = %+v, %v; want a Qatari organization in %v", d, ok, actorNames(res))
		}
		if _, ok := findActor(res, "Diwan"); ok {
			t.Errorf("\"the Diwan\" made a person of its own: %v", actorNames(res))
		}
		if len(res.Quotes) != 1 || res.Quotes[0].Speaker < 0 || res.Actors[res.Quotes[0].Speaker].Name != "Amiri Diwan" {
			t.Errorf("quotes = %+v, want one by the Amiri Diwan", res.Quotes)
		}
	})
}

// TestRankedOfficeCountry covers "first" and a lesser-office word between a country and
// an office: "South Korea's first vice foreign minister X" is South Korea's.
func TestRankedOfficeCountry(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"first vice foreign minister", "South Korea's first vice foreign minister Cho Hyun-dong spoke by phone with Kurt Campbell.",
			[]actorWant{{"Cho Hyun-dong", "Vice Foreign Minister", "KR"}}, nil},
		{"first deputy prime minister", "Russian first deputy prime minister Denis Manturov met Indian officials in Moscow.",
			[]actorWant{{"Denis Manturov", "Deputy Prime Minister", "RU"}}, nil},
		{"assistant secretary", "Britain's assistant foreign secretary Tom Ellis met Gulf envoys.",
			[]actorWant{{"Tom Ellis", "", "GB"}}, nil},
	}
	runActorCases(t, x, cases)
}

// TestPronounPossessorCountry covers "his" or "her" before an office and a name: the
// office holder serves the country of the person named just before, not the country the
// story is mostly about.
func TestPronounPossessorCountry(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"his spokesman in a story about another country", "Iran's Foreign Minister Mohammad Javad Zarif met envoys of six powers in Geneva. Iran said the talks on Iran's nuclear programme would resume. Iranian officials were upbeat. Israeli Prime Minister Benjamin Netanyahu warned against a bad deal. His spokesman Mark Regev said Israel would not be bound by it.",
			[]actorWant{{"Mark Regev", "spokesman", "IL"}}, nil},
		{"her chief of staff", "Moldovan President Maia Sandu met EU envoys on Monday. Her chief of staff Adrian Balutel said the talks went well.",
			[]actorWant{{"Adrian Balutel", "Chief of Staff", "MD"}}, nil},
	}
	runActorCases(t, x, cases)
}

// TestBodySpokespersonCountry covers a spokesperson titled with a body of a state: a
// demonym before the body word ("A Nigerian army spokesman, X"), or the body word alone
// after the text named the body with its country ("The Thai government said ...
// Government spokesman X said").
func TestBodySpokespersonCountry(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"demonym army spokesman", "A Nigerian army spokesman, Onyema Okafor, said troops killed 20 militants.",
			[]actorWant{{"Onyema Okafor", "spokesman", "NG"}}, nil},
		{"government named before", "The Thai government said talks would resume. Government spokesman Jirayu Sombat said the prime minister had approved.",
			[]actorWant{{"Jirayu Sombat", "Government spokesman", "TH"}}, nil},
		{"coast guard named before", "The Philippine coast guard said Chinese vessels fired water cannon. Coast guard spokesman Jay Tamayo said two ships were damaged.",
			[]actorWant{{"Jay Tamayo", "spokesman", "PH"}}, nil},
		{"ministry named before", "The Indonesian foreign ministry said on Monday it had summoned the ambassador. Ministry spokesman Rolli Soemarto told reporters the move was necessary.",
			[]actorWant{{"Rolli Soemarto", "spokesman", "ID"}}, nil},
	}
	runActorCases(t, x, cases)
	t.Run("bodies of two countries named before", func(t *testing.T) {
		res := x.Extract(extract.Input{Text: "The Thai government and the Cambodian government traded blame. Government spokesman Jirayu Sombat said the border would stay shut."})
		if a, ok := findActor(res, "Jirayu Sombat"); !ok || a.Country != "" {
			t.Errorf("Jirayu Sombat = %+v, %v; want a person of no country", a, ok)
		}
	})
}

// TestMemberOfCountryBody covers a description as a member of a country's body: the
// person is of that country; a member of an international body has none.
func TestMemberOfCountryBody(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"member of a demonym parliament", "Amir Cohen, a member of the Israeli parliament, told reporters that people were enjoying a serene night.",
			[]actorWant{{"Amir Cohen", "", "IL"}}, nil},
		{"member of a country's parliament", "Ahmed Kamal, a member of Egypt's parliament, said the deal was fair.",
			[]actorWant{{"Ahmed Kamal", "", "EG"}}, nil},
		{"member of a demonym assembly", "Tran Van Nam, a member of the Vietnamese National Assembly, met the delegation.",
			[]actorWant{{"Tran Van Nam", "", "VN"}}, nil},
	}
	runActorCases(t, x, cases)
	t.Run("member of an international body", func(t *testing.T) {
		res := x.Extract(extract.Input{Text: "Sarah Lee, a member of the African Union's High Level Committee, met the envoys."})
		if a, ok := findActor(res, "Sarah Lee"); !ok || a.Country != "" {
			t.Errorf("Sarah Lee = %+v, %v; want a person of no country", a, ok)
		}
	})
}

// TestBracketedDemonym covers an editor's gloss in brackets before an office inside a
// quotation: `"(Pakistani) Prime Minister X has ...` is Pakistan's.
func TestBracketedDemonym(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"bracketed demonym", "\"(Pakistani) Prime Minister Nadeem Qureshi has expressed his satisfaction on the decision,\" said a statement from Pakistan's foreign ministry.",
			[]actorWant{{"Nadeem Qureshi", "Prime Minister", "PK"}}, nil},
		{"bracketed country", "\"We thank (Kenya's) President Daniel Moi for his help,\" the envoy said.",
			[]actorWant{{"Daniel Moi", "President", "KE"}}, nil},
	}
	runActorCases(t, x, cases)
}
