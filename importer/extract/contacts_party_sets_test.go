package extract_test

import (
	"sort"
	"strings"
	"testing"

	"hotline/importer/extract"
)

// partySetCase is a made-up wire sentence and the participant set of every contact it
// must yield, in any order. The scorer matches a contact only on an equal set, so one
// party too many or too few is both a false and a missed contact.
type partySetCase struct {
	name string
	text string
	want [][]string
}

// TestContactPartySets is the battery of participant sets, following the annotation
// guidelines: the parties are the named actors on each side of a contact.
//   - A delegation, an interpreter or a note-taker is no party; a spokesperson who tells
//     of a call is no party to it; a person quoted on the meeting ("X met Y, Z said") is
//     no party.
//   - A named person who accompanies or joins a side ("accompanied by", "joined by",
//     "also attended") was at the meeting, so is a party.
//   - A titled person of an organization is the party, not the organization; two bodies
//     that hold talks with no person named are the parties themselves.
//   - Unnamed counterparts ("the leaders of A, B and C") are no actors: with no named
//     actor on a side there is no contact.
//   - One subject that met or phoned a list of counterparts held a round of bilateral
//     contacts, one per counterpart (the dev gold reads "X met Y and Z" so), unless words
//     gather them: a host, a summit, "joint", "trilateral".
//   - A person "in the presence of" whom two met is not decided here (a witness of a
//     signing is no party; a host at a meeting may be); no case asserts it.
//   - "X spoke with Y and later with Z" is two contacts; a contact told twice with a
//     fuller list the second time is one contact with the fuller list.
func TestContactPartySets(t *testing.T) {
	x := newExtractor(t)
	cases := []partySetCase{
		// Coordination.
		{"met two objects is a round", "Kenyan President Daniel Oruko met Tanzanian President Amina Salehe and Ugandan President Joseph Kaweesa in Arusha on Monday.",
			[][]string{{"Daniel Oruko", "Amina Salehe"}, {"Daniel Oruko", "Joseph Kaweesa"}}},
		{"three subjects met", "Kenyan President Daniel Oruko, Tanzanian President Amina Salehe and Ugandan President Joseph Kaweesa met in Arusha on Monday.",
			[][]string{{"Daniel Oruko", "Amina Salehe", "Joseph Kaweesa"}}},
		{"two subjects held talks", "French Foreign Minister Claire Doumenc and German Foreign Minister Lukas Brenner held talks in Paris on Tuesday.",
			[][]string{{"Claire Doumenc", "Lukas Brenner"}}},
		{"counterparts from with names", "Japanese Foreign Minister Kenji Morita held talks with his counterparts from Australia and India, Penelope Hargrave and Sunil Mehra, in Tokyo on Friday.",
			[][]string{{"Kenji Morita", "Penelope Hargrave", "Sunil Mehra"}}},
		{"met with two titled objects is a round", "Secretary of State Mark Dellaney met with Saudi Foreign Minister Faisal bin Khalid and Qatari Prime Minister Hamad Al Mansour on Sunday.",
			[][]string{{"Mark Dellaney", "Faisal bin Khalid"}, {"Mark Dellaney", "Hamad Al Mansour"}}},
		{"calls to two are one each", "Secretary of State Mark Dellaney spoke by phone with French Foreign Minister Claire Doumenc and German Foreign Minister Lukas Brenner on Monday.",
			[][]string{{"Mark Dellaney", "Claire Doumenc"}, {"Mark Dellaney", "Lukas Brenner"}}},
		{"talks between three", "Talks between Kenyan President Daniel Oruko, Tanzanian President Amina Salehe and Ugandan President Joseph Kaweesa ended on Monday.",
			[][]string{{"Daniel Oruko", "Amina Salehe", "Joseph Kaweesa"}}},
		{"hosted two for talks", "Kenyan President Daniel Oruko hosted Tanzanian President Amina Salehe and Ugandan President Joseph Kaweesa for talks in Nairobi on Monday.",
			[][]string{{"Daniel Oruko", "Amina Salehe", "Joseph Kaweesa"}}},
		{"two subjects and an object", "French Foreign Minister Claire Doumenc and German Foreign Minister Lukas Brenner met Ukrainian Foreign Minister Oleh Marchenko in Kyiv on Friday.",
			[][]string{{"Claire Doumenc", "Lukas Brenner", "Oleh Marchenko"}}},
		{"coordinated verbs one object", "Secretary of State Mark Dellaney flew to Riyadh and met Saudi Foreign Minister Faisal bin Khalid on Sunday.",
			[][]string{{"Mark Dellaney", "Faisal bin Khalid"}}},
		// Delegations, entourage.
		{"and his delegation", "Ukrainian Foreign Minister Oleh Marchenko and his delegation met Polish Foreign Minister Tomasz Wierzbicki in Warsaw on Monday.",
			[][]string{{"Oleh Marchenko", "Tomasz Wierzbicki"}}},
		{"led a delegation", "Ukrainian Foreign Minister Oleh Marchenko led a delegation that met Polish Foreign Minister Tomasz Wierzbicki in Warsaw on Monday.",
			[][]string{{"Oleh Marchenko", "Tomasz Wierzbicki"}}},
		{"a delegation headed by", "A delegation headed by Ukrainian Foreign Minister Oleh Marchenko met Polish Foreign Minister Tomasz Wierzbicki in Warsaw on Monday.",
			[][]string{{"Oleh Marchenko", "Tomasz Wierzbicki"}}},
		{"accompanied by", "Ukrainian Foreign Minister Oleh Marchenko, accompanied by Defence Minister Andriy Savchuk, met Polish Foreign Minister Tomasz Wierzbicki in Warsaw on Monday.",
			[][]string{{"Oleh Marchenko", "Andriy Savchuk", "Tomasz Wierzbicki"}}},
		{"joined by", "Secretary of State Mark Dellaney, joined by Defense Secretary Laura Whitcombe, met Japanese Foreign Minister Kenji Morita in Tokyo on Tuesday.",
			[][]string{{"Mark Dellaney", "Laura Whitcombe", "Kenji Morita"}}},
		{"also attended", "Secretary of State Mark Dellaney met Japanese Foreign Minister Kenji Morita in Tokyo on Tuesday.\n\nDefense Secretary Laura Whitcombe also attended the meeting.",
			[][]string{{"Mark Dellaney", "Laura Whitcombe", "Kenji Morita"}}},
		{"interpreter present", "Secretary of State Mark Dellaney met Japanese Foreign Minister Kenji Morita in Tokyo on Tuesday with only interpreters present.",
			[][]string{{"Mark Dellaney", "Kenji Morita"}}},
		{"note-taker present", "Secretary of State Mark Dellaney met Japanese Foreign Minister Kenji Morita alone, with a note-taker in the room, on Tuesday.",
			[][]string{{"Mark Dellaney", "Kenji Morita"}}},
		// Anaphora over groups.
		{"the two leaders", "Kenyan President Daniel Oruko welcomed Tanzanian President Amina Salehe to Nairobi on Monday.\n\nThe two leaders held talks on the border dispute.",
			[][]string{{"Daniel Oruko", "Amina Salehe"}}},
		{"the three foreign ministers", "French Foreign Minister Claire Doumenc, German Foreign Minister Lukas Brenner and Polish Foreign Minister Tomasz Wierzbicki arrived in Weimar on Monday.\n\nThe three foreign ministers met for two hours.",
			[][]string{{"Claire Doumenc", "Lukas Brenner", "Tomasz Wierzbicki"}}},
		{"the two men spoke by phone", "Kenyan President Daniel Oruko and Tanzanian President Amina Salehe have clashed over the border.\n\nThe two spoke by phone on Monday.",
			[][]string{{"Daniel Oruko", "Amina Salehe"}}},
		{"leaders of three countries unnamed", "Leaders of Kenya, Tanzania and Uganda met in Arusha on Monday to discuss the border.",
			nil},
		{"his unnamed counterparts", "Secretary of State Mark Dellaney spoke with his British, French and German counterparts on Monday.",
			nil},
		// Organisations.
		{"NATO chief met a minister", "NATO Secretary General Henrik Solberg met Ukrainian Foreign Minister Oleh Marchenko in Brussels on Tuesday.",
			[][]string{{"Henrik Solberg", "Oleh Marchenko"}}},
		{"EU commission president met", "European Commission President Ursula Brandt met Chinese Premier Li Wenhao in Beijing on Friday.",
			[][]string{{"Ursula Brandt", "Li Wenhao"}}},
		{"UN chief spoke by phone", "U.N. Secretary-General Antonio Mendes spoke by phone with Iranian Foreign Minister Hossein Rahimi on Monday.",
			[][]string{{"Antonio Mendes", "Hossein Rahimi"}}},
		// Summits and hosts.
		// a summit's attendance is no contact of its own: the gold marks a summit of
		// several leaders optional, so none is made (a side meeting is told as one)
		{"a summit attended by named guests", "Kenyan President Daniel Oruko hosted a summit in Nairobi on Monday attended by Tanzanian President Amina Salehe and Ugandan President Joseph Kaweesa.",
			nil},
		{"side meeting at a summit", "Kenyan President Daniel Oruko hosted a summit in Nairobi on Monday.\n\nOn the sidelines, Oruko met Tanzanian President Amina Salehe.",
			[][]string{{"Daniel Oruko", "Amina Salehe"}}},
		{"hosted two at the White House", "President Robert Hale hosted Japanese Prime Minister Kenji Morita and Philippine President Ramon Castillo at the White House on Thursday.",
			[][]string{{"Robert Hale", "Kenji Morita", "Ramon Castillo"}}},
		// Spokespeople and other speakers.
		{"spokesman said X spoke with Y", "Kremlin spokesman Dmitri Orlov said President Viktor Sokolov spoke with Turkish President Mehmet Aydin by phone on Monday.",
			[][]string{{"Viktor Sokolov", "Mehmet Aydin"}}},
		{"X's spokesman said he spoke", "President Viktor Sokolov spoke with Turkish President Mehmet Aydin by phone on Monday, his spokesman Dmitri Orlov said.",
			[][]string{{"Viktor Sokolov", "Mehmet Aydin"}}},
		{"X met Y, Z said", "Secretary of State Mark Dellaney met Japanese Foreign Minister Kenji Morita in Tokyo on Tuesday, State Department spokesman Ned Pryce said.",
			[][]string{{"Mark Dellaney", "Kenji Morita"}}},
		{"Z said X met Y", "State Department spokesman Ned Pryce said Secretary of State Mark Dellaney met Japanese Foreign Minister Kenji Morita in Tokyo on Tuesday.",
			[][]string{{"Mark Dellaney", "Kenji Morita"}}},
		{"according to Z", "Secretary of State Mark Dellaney met Japanese Foreign Minister Kenji Morita in Tokyo on Tuesday, according to spokesman Ned Pryce.",
			[][]string{{"Mark Dellaney", "Kenji Morita"}}},
		{"readout of a call", "The White House said President Robert Hale spoke by phone with Japanese Prime Minister Kenji Morita on Wednesday.",
			[][]string{{"Robert Hale", "Kenji Morita"}}},
		{"speaker told of by name", "Japanese Foreign Minister Kenji Morita told reporters he had met Secretary of State Mark Dellaney on Tuesday.",
			[][]string{{"Kenji Morita", "Mark Dellaney"}}},
		// Telling twice and sequences.
		{"spoke with Y and later with Z", "President Viktor Sokolov spoke by phone with Turkish President Mehmet Aydin on Monday and later with French President Louis Garnier.",
			[][]string{{"Viktor Sokolov", "Mehmet Aydin"}, {"Viktor Sokolov", "Louis Garnier"}}},
		{"met Y, then met Z", "Secretary of State Mark Dellaney met Saudi Foreign Minister Faisal bin Khalid on Sunday and then met Qatari Prime Minister Hamad Al Mansour on Monday.",
			[][]string{{"Mark Dellaney", "Faisal bin Khalid"}, {"Mark Dellaney", "Hamad Al Mansour"}}},
		{"two sentences two calls", "President Viktor Sokolov spoke by phone with Turkish President Mehmet Aydin on Monday.\n\nOn Tuesday, Sokolov spoke by phone with French President Louis Garnier.",
			[][]string{{"Viktor Sokolov", "Mehmet Aydin"}, {"Viktor Sokolov", "Louis Garnier"}}},
		{"told twice same parties", "Secretary of State Mark Dellaney met Japanese Foreign Minister Kenji Morita in Tokyo on Tuesday.\n\nDellaney and Morita discussed North Korea at the meeting.",
			[][]string{{"Mark Dellaney", "Kenji Morita"}}},
		{"told twice with a fuller list", "Secretary of State Mark Dellaney met Japanese Foreign Minister Kenji Morita in Tokyo on Tuesday.\n\nDellaney and Defense Secretary Laura Whitcombe met Morita and Japanese Defense Minister Taro Ishikawa at the talks.",
			[][]string{{"Mark Dellaney", "Laura Whitcombe", "Kenji Morita", "Taro Ishikawa"}}},
		// Single pairs in varied frames, which must stay exactly two.
		{"met in apposition office", "Ukrainian President Andriy Koval met Polish President Marek Nowacki, a close ally, in Warsaw on Monday.",
			[][]string{{"Andriy Koval", "Marek Nowacki"}}},
		{"met at invitation of", "Ukrainian President Andriy Koval met Polish President Marek Nowacki in Warsaw on Monday at the invitation of Prime Minister Jan Sowa.",
			[][]string{{"Andriy Koval", "Marek Nowacki"}}},
		{"after meeting with a possessive", "Polish President Marek Nowacki spoke after meeting Ukrainian President Andriy Koval in Warsaw on Monday.",
			[][]string{{"Marek Nowacki", "Andriy Koval"}}},
		{"met to discuss a person", "Secretary of State Mark Dellaney met Japanese Foreign Minister Kenji Morita on Tuesday to discuss the detention of journalist Sam Keller.",
			[][]string{{"Mark Dellaney", "Kenji Morita"}}},
		{"met on behalf of", "Vice President Helen Marsh met Japanese Prime Minister Kenji Morita on behalf of President Robert Hale on Tuesday.",
			[][]string{{"Helen Marsh", "Kenji Morita"}}},
		{"met the widow of", "President Robert Hale met Japanese Prime Minister Kenji Morita on Tuesday, a week after the death of former Prime Minister Shinzo Tanaka.",
			[][]string{{"Robert Hale", "Kenji Morita"}}},
		{"letter from a third", "Secretary of State Mark Dellaney met Chinese Foreign Minister Wang Jiahao on Friday and handed him a letter from President Robert Hale.",
			[][]string{{"Mark Dellaney", "Wang Jiahao"}}},
		{"phone call between", "A phone call between President Viktor Sokolov and Turkish President Mehmet Aydin took place on Monday.",
			[][]string{{"Viktor Sokolov", "Mehmet Aydin"}}},
		{"meeting between at summit", "A meeting between President Robert Hale and Chinese President Zhou Ming on the sidelines of the summit is planned.",
			[][]string{{"Robert Hale", "Zhou Ming"}}},
		{"talked with counterpart named", "Indian Foreign Minister Sunil Mehra talked with his Chinese counterpart Wang Jiahao on Thursday.",
			[][]string{{"Sunil Mehra", "Wang Jiahao"}}},
		{"received at the palace", "Jordanian Prime Minister Samir Haddad received Secretary of State Mark Dellaney at the government palace in Amman on Monday.",
			[][]string{{"Samir Haddad", "Mark Dellaney"}}},
		{"welcomed and met", "Polish President Marek Nowacki welcomed Ukrainian President Andriy Koval in Warsaw on Monday, and the two met for three hours.",
			[][]string{{"Marek Nowacki", "Andriy Koval"}}},
		{"criticized by a third", "Ukrainian President Andriy Koval met Polish President Marek Nowacki on Monday, drawing criticism from Hungarian Prime Minister Gabor Szabo.",
			[][]string{{"Andriy Koval", "Marek Nowacki"}}},
		// Third persons in the sentence who are no party.
		{"possessive aide is the party", "Secretary of State Mark Dellaney met President Viktor Sokolov's foreign policy adviser Yuri Tarasov in Geneva on Monday.",
			[][]string{{"Mark Dellaney", "Yuri Tarasov"}}},
		{"envoy of a named leader", "Secretary of State Mark Dellaney met Yuri Tarasov, the envoy of President Viktor Sokolov, in Geneva on Monday.",
			[][]string{{"Mark Dellaney", "Yuri Tarasov"}}},
		{"congratulated on victory over", "President Robert Hale telephoned Polish President Marek Nowacki to congratulate him on his election victory over Rafal Zielinski.",
			[][]string{{"Robert Hale", "Marek Nowacki"}}},
		{"spoke about a third's visit", "President Robert Hale spoke by phone with Japanese Prime Minister Kenji Morita on Monday about the coming visit of Chinese President Zhou Ming.",
			[][]string{{"Robert Hale", "Kenji Morita"}}},
		{"who was accompanied by", "Secretary of State Mark Dellaney met Ukrainian Foreign Minister Oleh Marchenko, who was accompanied by Defence Minister Andriy Savchuk, in Kyiv on Monday.",
			[][]string{{"Mark Dellaney", "Oleh Marchenko", "Andriy Savchuk"}}},
		{"separately is a round", "Secretary of State Mark Dellaney met Saudi Foreign Minister Faisal bin Khalid and Qatari Prime Minister Hamad Al Mansour separately on Sunday.",
			[][]string{{"Mark Dellaney", "Faisal bin Khalid"}, {"Mark Dellaney", "Hamad Al Mansour"}}},
		{"trilateral meeting", "Secretary of State Mark Dellaney held a trilateral meeting with Japanese Foreign Minister Kenji Morita and South Korean Foreign Minister Park Jin-woo on Friday.",
			[][]string{{"Mark Dellaney", "Kenji Morita", "Park Jin-woo"}}},
		{"two subjects met one", "French Foreign Minister Claire Doumenc and German Foreign Minister Lukas Brenner met with Chinese Foreign Minister Wang Jiahao in Berlin on Friday.",
			[][]string{{"Claire Doumenc", "Lukas Brenner", "Wang Jiahao"}}},
		{"also present were", "Secretary of State Mark Dellaney met Japanese Foreign Minister Kenji Morita in Tokyo on Tuesday.\n\nAlso present at the meeting was Defense Secretary Laura Whitcombe.",
			[][]string{{"Mark Dellaney", "Laura Whitcombe", "Kenji Morita"}}},
		{"met before talks with another", "Secretary of State Mark Dellaney met Japanese Foreign Minister Kenji Morita on Tuesday ahead of talks with Chinese Foreign Minister Wang Jiahao on Friday.",
			[][]string{{"Mark Dellaney", "Kenji Morita"}, {"Mark Dellaney", "Wang Jiahao"}}},
		{"who met Y, spoke with Z", "Secretary of State Mark Dellaney, who met Japanese Foreign Minister Kenji Morita last week, spoke by phone with Chinese Foreign Minister Wang Jiahao on Monday.",
			[][]string{{"Mark Dellaney", "Kenji Morita"}, {"Mark Dellaney", "Wang Jiahao"}}},
		{"after meeting, told reporters about a third", "After meeting Japanese Foreign Minister Kenji Morita on Tuesday, Secretary of State Mark Dellaney told reporters that President Robert Hale would visit Tokyo.",
			[][]string{{"Mark Dellaney", "Kenji Morita"}}},
		{"with the two sides' ministers", "Secretary of State Mark Dellaney met Ukrainian Foreign Minister Oleh Marchenko and Defence Minister Andriy Savchuk in Kyiv on Monday.",
			[][]string{{"Mark Dellaney", "Oleh Marchenko"}, {"Mark Dellaney", "Andriy Savchuk"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: c.text})
			got := partySets(res)
			want := make([]string, 0, len(c.want))
			for _, w := range c.want {
				want = append(want, sortedCopy(w))
			}
			sort.Strings(want)
			if strings.Join(got, " | ") != strings.Join(want, " | ") {
				t.Errorf("participant sets\n got %q\nwant %q\n%v", got, want, describe(res))
			}
		})
	}
}

// partySets lists every contact's sorted participant names, sorted.
func partySets(res extract.Result) []string {
	out := make([]string, 0, len(res.Contacts))
	for _, c := range res.Contacts {
		out = append(out, sortedNames(res, c))
	}
	sort.Strings(out)
	return out
}
