package extract_test

import "testing"

// TestStoryDateReach checks how far down the lead's day dates the story's undated
// contacts: past the first paragraphs while the text names no other time, never a
// contact told after another time, nor occasions summed up by a count, nor a contact of
// other people when the lead's day is another contact's own.
func TestStoryDateReach(t *testing.T) {
	x := newExtractor(t)
	const thu = "2024-03-14"
	lead := "Austrian Chancellor Karl Nehammer flew to Ljubljana on Wednesday for a visit focused on migration.\n\n" +
		"The trip was his first abroad since the summer.\n\nThe border stays open.\n\nFarmers protest.\n\nExports doubled.\n\nThe tariffs stay.\n\n"
	kn := []string{"Karl Nehammer", "Robert Golob"}
	runDateCases(t, x, []dateCase{
		{"the story's day holds down the article", lead + "Nehammer met Slovenian Prime Minister Robert Golob at the government palace.", thu, kn, "2024-03-13", "Wednesday"},
		{"another time told before the contact ends the story's day", lead + "The two countries signed a border deal in 2019.\n\nNehammer met Slovenian Prime Minister Robert Golob at the government palace.", thu, kn, "", ""},
		{"another day told before the contact ends the story's day", lead + "Ministers agreed on quotas on March 2.\n\nNehammer met Slovenian Prime Minister Robert Golob at the government palace.", thu, kn, "", ""},
		{"a time told in the past perfect keeps the story's day", lead + "The two countries had signed a border deal in 2019.\n\nNehammer met Slovenian Prime Minister Robert Golob at the government palace.", thu, kn, "2024-03-13", "Wednesday"},
		{"a month told in the past perfect keeps the story's day", lead + "Slovenia had closed the border in January.\n\nNehammer met Slovenian Prime Minister Robert Golob at the government palace.", thu, kn, "2024-03-13", "Wednesday"},
		{"had as a light verb with a year ends the story's day", lead + "The two countries had talks on the border in 2019.\n\nNehammer met Slovenian Prime Minister Robert Golob at the government palace.", thu, kn, "", ""},
		{"a time since doing keeps the story's day", lead + "Golob has led the government since taking office in June 2022.\n\nNehammer met Slovenian Prime Minister Robert Golob at the government palace.", thu, kn, "2024-03-13", "Wednesday"},
		{"a possessive day of another event keeps the story's day", lead + "The visit came ahead of Sunday's election in Slovenia.\n\nNehammer met Slovenian Prime Minister Robert Golob at the government palace.", thu, kn, "2024-03-13", "Wednesday"},
		{"a day that modifies a noun keeps the story's day", lead + "The Feb. 24 vote left Slovenia divided.\n\nNehammer met Slovenian Prime Minister Robert Golob at the government palace.", thu, kn, "2024-03-13", "Wednesday"},
		{"this week keeps the story's day", lead + "It was his second trip abroad this week.\n\nNehammer met Slovenian Prime Minister Robert Golob at the government palace.", thu, kn, "2024-03-13", "Wednesday"},
		{"a day ahead of publication keeps the story's day", lead + "Nehammer flies on to Zagreb tomorrow.\n\nNehammer met Slovenian Prime Minister Robert Golob at the government palace.", thu, kn, "2024-03-13", "Wednesday"},
		{"an event's day after a word of order keeps the story's day", lead + "The trip came a week after the vote in Slovenia on March 3.\n\nNehammer met Slovenian Prime Minister Robert Golob at the government palace.", thu, kn, "2024-03-13", "Wednesday"},
		{"earlier this week ends the story's day", lead + "Earlier this week, Golob visited Rome.\n\nNehammer met Slovenian Prime Minister Robert Golob at the government palace.", thu, kn, "", ""},
		{"last month ends the story's day", lead + "Golob visited Rome last month.\n\nNehammer met Slovenian Prime Minister Robert Golob at the government palace.", thu, kn, "", ""},
		{"a year that modifies a noun keeps the story's day", lead + "The 2019 border deal still holds.\n\nNehammer met Slovenian Prime Minister Robert Golob at the government palace.", thu, kn, "2024-03-13", "Wednesday"},
		{"counted occasions take no story day", lead + "Nehammer, who has held three meetings with Slovenian Prime Minister Robert Golob, praised the deal.", thu, kn, "", ""},
		{"a contact set days apart from the lead's day takes none", "Japanese Prime Minister Fumio Kishida phoned Philippine President Ferdinand Marcos on Wednesday, days after Marcos met Australian Prime Minister Anthony Albanese in Canberra.", thu, []string{"Ferdinand Marcos", "Anthony Albanese"}, "", ""},
		{"the lead's contact keeps its day beside a span", "Japanese Prime Minister Fumio Kishida phoned Philippine President Ferdinand Marcos on Wednesday, days after Marcos met Australian Prime Minister Anthony Albanese in Canberra.", thu, []string{"Fumio Kishida", "Ferdinand Marcos"}, "2024-03-13", "Wednesday"},
		{"a bare after keeps the lead's day", "Philippine President Ferdinand Marcos flew home on Wednesday after he met Australian Prime Minister Anthony Albanese in Canberra.", thu, []string{"Ferdinand Marcos", "Anthony Albanese"}, "2024-03-13", "Wednesday"},
		{"a day the contact's clause gives another event lends no story day", "Indonesian President Joko Widodo met Malaysian Prime Minister Anwar Ibrahim in Bogor to review the border treaty signed on Monday.", thu, []string{"Joko Widodo", "Anwar Ibrahim"}, "", ""},
		{"the day of the same event still dates it", "Indonesian President Joko Widodo met Malaysian Prime Minister Anwar Ibrahim in Bogor on Monday to review the border treaty.", thu, []string{"Joko Widodo", "Anwar Ibrahim"}, "2024-03-11", "Monday"},
		{"a participle on the contact's object keeps the contact's day", lead + "Nehammer met a delegation led by Slovenian Prime Minister Robert Golob in Vienna on Tuesday.", thu, kn, "2024-03-12", "Tuesday"},
		{"a day of the lead's next step gives no story day", "Austrian Chancellor Karl Nehammer met Slovenian Prime Minister Robert Golob in Ljubljana. Nehammer will travel to Zagreb on Wednesday.", thu, kn, "", ""},
		{"a day of the saying after a plan's comma is the story's", "Austrian Chancellor Karl Nehammer will host Croatian Prime Minister Andrej Plenkovic in May, his office said on Wednesday.\n\nThe announcement came after Nehammer spoke with Slovenian Prime Minister Robert Golob by phone.", thu, kn, "2024-03-13", "Wednesday"},
		{"the day of a saying after the contact's clause is the story's", "Speaking after he met Polish Prime Minister Donald Tusk in Warsaw, German Chancellor Olaf Scholz said on Wednesday that the border would stay open.", thu, []string{"Olaf Scholz", "Donald Tusk"}, "2024-03-13", "Wednesday"},
		{"a contact told in another year takes no story day", "Austrian Chancellor Karl Nehammer addressed parliament on Wednesday.\n\nNehammer and Slovenian Prime Minister Robert Golob met in Vienna in 2022.", thu, kn, "", "2022"},
		{"a contact told of last year takes no story day", "Austrian Chancellor Karl Nehammer addressed parliament on Wednesday.\n\nHe met Slovenian Prime Minister Robert Golob last year.", thu, kn, "", "last year"},
		{"a first meeting since a year is the story's", "Austrian Chancellor Karl Nehammer flew to Ljubljana on Wednesday.\n\nHe met Slovenian Prime Minister Robert Golob, their first meeting since 2022.", thu, kn, "2024-03-13", "Wednesday"},
		{"a contact told as many occasions takes no story day", "Austrian Chancellor Karl Nehammer addressed parliament on Wednesday.\n\nNehammer has met Slovenian Prime Minister Robert Golob several times.", thu, kn, "", ""},
		{"the lead's day of another contact of other people", "Norwegian Foreign Minister Jan Petersen met President Chandrika Kumaratunga in Colombo, and chief rebel negotiator Anton Balasingham and Norwegian envoy Erik Solheim held closed-door talks at the airport late Saturday.", thu, []string{"Jan Petersen", "Chandrika Kumaratunga"}, "", ""},
	})
}
