package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// actorWant is one expected actor; an empty Role or Country is not checked.
type actorWant struct{ name, role, country string }

func findActor(res extract.Result, name string) (extract.Actor, bool) {
	for _, a := range res.Actors {
		if a.Name == name {
			return a, true
		}
	}
	return extract.Actor{}, false
}

// actorCase is a text with the actors it must yield (role and country checked when
// given) and names that must not become actors.
type actorCase struct {
	name string
	text string
	want []actorWant
	not  []string
}

func TestActors(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"title and name", "U.S. Secretary of State Antony Blinken arrived in Kyiv on Monday.",
			[]actorWant{{"Antony Blinken", "Secretary of State", "US"}}, []string{"Kyiv", "Monday"}},
		{"lowercase office with demonym", "He met Russian foreign minister Sergey Lavrov in Moscow.",
			[]actorWant{{"Sergey Lavrov", "Foreign Minister", "RU"}}, []string{"Moscow"}},
		{"possessive country", "Ukraine's defense minister Oleksii Reznikov said more arms were needed.",
			[]actorWant{{"Oleksiy Reznikov", "Defense Minister", "UA"}}, nil},
		{"organization spokesman with rank", "Pentagon spokesman Gen. Pat Ryder briefed reporters.",
			[]actorWant{{"Pat Ryder", "Pentagon spokesman", "US"}}, []string{"Pentagon"}},
		{"apposition", "The talks were led by Jake Sullivan, the national security adviser, in Rome.",
			[]actorWant{{"Jake Sullivan", "National Security Adviser", ""}}, []string{"Rome"}},
		{"apposition with demonym office", "Gerasimov, chief of the Russian General Staff, was there. Valery Gerasimov later left.",
			[]actorWant{{"Valery Gerasimov", "Chief of the General Staff", "RU"}}, nil},
		{"of country", "President Cyril Ramaphosa of South Africa flew to Cairo.",
			[]actorWant{{"Cyril Ramaphosa", "President", "ZA"}}, []string{"Cairo"}},
		{"counterpart", "Wang spoke with his Chinese counterpart Zhao Leji by phone.",
			[]actorWant{{"Zhao Leji", "", "CN"}}, []string{"Wang"}},
		{"surname resolves to earlier full name", "Finnish President Alexander Stubb arrived. Stubb said the alliance was strong.",
			[]actorWant{{"Alexander Stubb", "President", "FI"}}, []string{"Stubb"}},
		{"surname before full name", "Kallas spoke first. Later, Estonian Prime Minister Kaja Kallas left.",
			[]actorWant{{"Kaja Kallas", "Prime Minister", "EE"}}, []string{"Kallas"}},
		{"courtesy title resolves to known actor", "Officials said Mr. Biden would decide soon.",
			[]actorWant{{"Joe Biden", "President", "US"}}, []string{"Mr. Biden", "Officials"}},
		{"known surname alone", "Putin did not comment.",
			[]actorWant{{"Vladimir Putin", "President", "RU"}}, nil},
		{"middle initial dropped", "Secretary of State Antony J. Blinken spoke.",
			[]actorWant{{"Antony Blinken", "Secretary of State", "US"}}, []string{"Antony J. Blinken"}},
		{"misspelling merges", "U.S. Secretary of State Anthony Blinken said so. Blinken left.",
			[]actorWant{{"Antony Blinken", "", "US"}}, []string{"Anthony Blinken"}},
		{"a surname spelt two ways in one story is one person", "Eritrean President Mesfin Gebrkidan met the delegation. President Mesfin Gebrekidan left later.",
			[]actorWant{{"Mesfin Gebrkidan", "President", "ER"}}, []string{"Mesfin Gebrekidan"}},
		{"first name evidence", "The plan was drafted by aides to Olena Kovalenko and Mykola Bondar.",
			[]actorWant{{"Olena Kovalenko", "", ""}}, nil},
		{"unknown name with speech verb", "Zbyszek Nowakowski said the deal was dead.",
			[]actorWant{{"Zbyszek Nowakowski", "", ""}}, nil},
		{"byline is not an actor", "By Clyde Hughes\nThe talks ended.",
			nil, []string{"Clyde Hughes"}},
		{"photo credit is not an actor", "Flags fly in Moscow. File Photo by Sergei Ilnitsky/EPA-EFE",
			nil, []string{"Sergei Ilnitsky"}},
		{"groups and places are not actors", "Western governments and analysts in Brussels say Europe must act. Officials in Washington agree.",
			nil, []string{"Western", "Brussels", "Europe", "Washington", "Officials"}},
		{"sentence-initial word is not a name", "However, Germany will wait. Meanwhile Poland moved troops.",
			nil, []string{"However", "Germany", "Meanwhile", "Poland"}},
		{"quoted organization acts", `"We are ready," the Kremlin said.`,
			[]actorWant{{"Kremlin", "", "RU"}}, nil},
		{"organization that has previously said acts", "The Kremlin has previously said that the door to talks stays open.",
			[]actorWant{{"Kremlin", "", "RU"}}, nil},
		{"organization only mentioned is left out", "The summit was held at NATO headquarters.",
			nil, []string{"NATO"}},
		{"ministry named after a country", "Russia's Defense Ministry said the drills had ended.",
			[]actorWant{{"Russian Defense Ministry", "", "RU"}}, nil},
		{"according to a source", "The call lasted an hour, according to the Pentagon.",
			[]actorWant{{"Pentagon", "", "US"}}, nil},
		{"possessive stripped", "Zelensky's office said the envoy had arrived.",
			[]actorWant{{"Volodymyr Zelensky", "President", "UA"}}, []string{"Zelensky's"}},
		{"different person same surname", "Hunter Biden testified. Later, President Joe Biden spoke.",
			[]actorWant{{"Hunter Biden", "", ""}, {"Joe Biden", "President", "US"}}, nil},
		{"particle inside name", "Saudi Crown Prince Mohammed bin Salman hosted the talks.",
			[]actorWant{{"Mohammed bin Salman", "Crown Prince", "SA"}}, nil},
		{"hyphenated surname", "U.S. Ambassador to the U.N. Linda Thomas-Greenfield warned Moscow.",
			[]actorWant{{"Linda Thomas-Greenfield", "Ambassador to the UN", "US"}}, nil},
		{"royal given name is not a surname", "Biden met Crown Prince Mohammed bin Salman. He also held talks with King Salman, the crown prince's father. Prince Mohammed smiled.",
			[]actorWant{{"Mohammed bin Salman", "Crown Prince", "SA"}, {"Salman bin Abdulaziz", "King", "SA"}}, []string{"Prince Mohammed", "Salman", "King Salman"}},
		{"unknown royal keeps the title", "Queen Margrethe received the envoy. Later King Harald spoke.",
			[]actorWant{{"King Harald", "King", ""}}, []string{"Harald"}},
		{"family name first", "North Korean leader Kim Jong Un arrived. Later, Mr Kim met President Moon Jae-in. Moon's spokesman, Kim Eui-kyeom, spoke.",
			[]actorWant{{"Kim Jong Un", "Leader", "KP"}, {"Moon Jae-in", "President", ""}, {"Kim Eui-kyeom", "", ""}}, []string{"Kim", "Moon"}},
		{"office chain", "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani arrived.",
			[]actorWant{{"Mohammed bin Abdulrahman Al Thani", "Foreign Minister", "QA"}}, nil},
		{"the end of an organization's name after for", "The London-based Syrian Network for Civil Liberties said five people died.",
			nil, []string{"Civil Liberties"}},
		{"a continent is no person", "During his first tour of Africa, President Emmanuel Macron visited Dakar.",
			[]actorWant{{"Emmanuel Macron", "President", "FR"}}, []string{"Africa"}},
		{"a rank before a department is no person", "Rania Haddad met the head of the General Customs Department, General Samir Kassab.",
			[]actorWant{{"Rania Haddad", "", ""}, {"Samir Kassab", "", ""}}, []string{"Customs"}},
		{"an office of a country before the name", "The papers showed that the defence minister of Estonia, Hanno Pevkur, owned shares.",
			[]actorWant{{"Hanno Pevkur", "Defense Minister", "EE"}}, nil},
		{"an apposition that describes a person", "Tolga Arslan, a veteran politician, said the deal would not last. Ines Varga, a lawmaker from the ruling party, agreed.",
			[]actorWant{{"Tolga Arslan", "", ""}, {"Ines Varga", "", ""}}, nil},
		{"a name with a relative who", "The talks were led by Oyun Tserendash, who chairs the energy committee.",
			[]actorWant{{"Oyun Tserendash", "", ""}}, nil},
		{"a name with an age", "Among the protesters was Sarnai Tsogtbaatar, 34, a teacher from the capital.",
			[]actorWant{{"Sarnai Tsogtbaatar", "", ""}}, nil},
		{"a country's long name is no organization", "The Russian Federation said the drills were routine.",
			nil, []string{"Russian Federation"}},
		{"a plan or a treaty named after a person is no person", "The aid recalled the Marshall Plan and the Kellogg Treaty, a historian said.",
			nil, []string{"Marshall Plan", "Kellogg Treaty"}},
		{"an assembly after a rank word is no person", "Kenyan President William Ruto, speaking at the UN General Assembly, said debt rules were unfair.",
			[]actorWant{{"William Ruto", "President", "KE"}}, []string{"Assembly"}},
		{"an office to another office before the name", "The Chief of Staff to the President, Kunle Adeyemi, received the envoys.",
			[]actorWant{{"Kunle Adeyemi", "Chief of Staff", ""}}, nil},
		{"ambassador as a rank after the office", "The President received the Minister of Foreign Affairs, Ambassador Musa Bello, on Monday.",
			[]actorWant{{"Musa Bello", "Foreign Minister", ""}}, nil},
		{"an office, a comma and a title before the name", "Brazil's Ambassador to Japan, Mr Octavio Henrique Cortes, said ties were strong.",
			[]actorWant{{"Octavio Henrique Cortes", "Ambassador", "BR"}}, nil},
		{"a lawmaker's party and state is no person", "Sen. Ann Weller, R-Kansas, chairwoman of the Senate Armed Services Committee, spoke.",
			[]actorWant{{"Ann Weller", "Senator", "US"}}, []string{"R-Kansas"}},
		{"a person's relation before the name", "The opposition leader's ally, Oduya Mwangale, also spoke.",
			[]actorWant{{"Oduya Mwangale", "", ""}}, nil},
		{"told an organization is not acting", "Guterres told the Security Council that aid was blocked.",
			nil, []string{"United Nations Security Council"}},
		{"country of the possessor", "German Chancellor Olaf Scholz spoke, and his spokesman said nothing. Scholz's spokesman, Wolfgang Buechner, later left.",
			[]actorWant{{"Wolfgang Buechner", "spokesman", "DE"}}, nil},
		{"demonym before an untabled title", "Egyptian intelligence chief Hassan Rashad arrived in Doha.",
			[]actorWant{{"Hassan Rashad", "", "EG"}}, []string{"Doha"}},
		{"a capital He inside a sentence is a name", "Ding Xuexiang, Wang Yi and He Lifeng attended. He said nothing.",
			[]actorWant{{"He Lifeng", "", ""}, {"Ding Xuexiang", "", ""}}, []string{"He"}},
		{"apposition with a former office", "Experts were sceptical, said Fiona Hill, a former White House adviser.",
			[]actorWant{{"Fiona Hill", "White House Adviser", "US"}}, []string{"White House"}},
		{"office before a royal rank", "Saudi Foreign Minister Prince Faisal bin Farhan al-Saud spoke. U.S. Treasury Secretary Janet Yellen listened.",
			[]actorWant{{"Faisal bin Farhan", "Foreign Minister", "SA"}, {"Janet Yellen", "Treasury Secretary", "US"}}, []string{"Prince Faisal bin Farhan al-Saud"}},
		{"possessive country without an office", "China's envoy Zhang Jun backed the draft. Britain's Barbara Woodward abstained.",
			[]actorWant{{"Zhang Jun", "Ambassador", "CN"}, {"Barbara Woodward", "", "GB"}}, []string{"Britain"}},
		{"time zone is not a name", "The call began at 11:04 am ET and ended at 12:06 pm ET.",
			nil, []string{"ET"}},
	}
	runActorCases(t, x, cases)
}

func actorNames(res extract.Result) []string {
	var out []string
	for _, a := range res.Actors {
		out = append(out, a.Name+"/"+string(a.Kind))
	}
	return out
}

func TestMentionOffsets(t *testing.T) {
	x := newExtractor(t)
	text := "Après la réunion, le président Emmanuel Macron a parlé. French President Emmanuel Macron said."
	res := x.Extract(extract.Input{Text: text})
	a, ok := findActor(res, "Emmanuel Macron")
	if !ok {
		t.Fatalf("no Macron in %v", actorNames(res))
	}
	rs := []rune(text)
	for _, m := range a.Mentions {
		if got := string(rs[m.Start:m.End]); got != "Emmanuel Macron" {
			t.Errorf("mention span %d-%d = %q, want the name", m.Start, m.End, got)
		}
	}
}

// runActorCases runs table cases of actors as named subtests.
func runActorCases(t *testing.T, x *extract.Extractor, cases []actorCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: c.text})
			for _, w := range c.want {
				a, ok := findActor(res, w.name)
				if !ok {
					t.Errorf("missing actor %q in %v", w.name, actorNames(res))
					continue
				}
				if w.role != "" && a.Role != w.role {
					t.Errorf("%s role = %q, want %q", w.name, a.Role, w.role)
				}
				if w.country != "" && a.Country != w.country {
					t.Errorf("%s country = %q, want %q", w.name, a.Country, w.country)
				}
				for _, m := range a.Mentions {
					if m.Rule == "" || m.Start >= m.End || m.Sentence == "" {
						t.Errorf("%s has a mention without evidence: %+v", w.name, m)
					}
				}
			}
			for _, n := range c.not {
				if _, ok := findActor(res, n); ok {
					t.Errorf("unexpected actor %q in %v", n, actorNames(res))
				}
			}
		})
	}
}
