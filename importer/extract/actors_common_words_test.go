package extract_test

import "testing"

// TestNameRunsStopAtCommonWords covers capitalized common nouns and adjectives inside the
// names of programs, movements and teams: a word with an ending no name has ends a
// person's run, and the first word of a compound rank ("Air" of "Air Marshal") titles no
// name right after it, but a given name of firstnames.txt ends a run of no common noun
// ("Felicity"); one letter is no name ("In a post on X, the minister said"), nor a
// photo credit's "Image" or the chair a speech addresses ("Mr. Chair").
func TestNameRunsStopAtCommonWords(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"an adjective ends a given name's run", "The prints were given by the Lena Morrow Photographic Heritage Program, said Tom Hale.",
			[]actorWant{{"Lena Morrow", "", ""}}, []string{"Lena Morrow Photographic Heritage", "Lena Morrow Photographic"}},
		{"a given name that ends as a common noun", "Foreign Minister Felicity Okafor said there was nothing to comment on.",
			[]actorWant{{"Felicity Okafor", "Foreign Minister", ""}}, []string{"Okafor"}},
		{"one letter is no name", "In a post on X, the Foreign Minister said the talks went well. Plan B, said Ruth Ames, was ready.",
			[]actorWant{{"Ruth Ames", "", ""}}, []string{"X", "B"}},
		{"a profession at the start of a sentence", "Virologist Amir Haddad Karimi was questioned twice.",
			[]actorWant{{"Amir Haddad Karimi", "", ""}}, []string{"Virologist Amir Haddad Karimi"}},
		{"a religion or movement is no person", "Settlers feared Roman Catholicism and Christian Identity preachers alike, said Ruth Ames.",
			nil, []string{"Roman Catholicism", "Christian Identity"}},
		{"a photo credit's Image ends the name", "Foreign Minister Ondrej Kralik greets student Ahmed Saleh Image: Twitter / Ondrej Kralik.",
			[]actorWant{{"Ondrej Kralik", "Foreign Minister", ""}, {"Ahmed Saleh", "", ""}}, []string{"Ahmed Saleh Image", "Image"}},
		{"the chair addressed is no person", "Thank you, Mr. Chair. I thank Senator Ruth Ames, Madam Chair, for her work.",
			[]actorWant{{"Ruth Ames", "", ""}}, []string{"Chair"}},
		{"a publisher's name is no person", "The tapes were sold by Hamza Publications, said Ruth Ames.",
			nil, []string{"Hamza Publications"}},
		{"air opens a rank, not a title", "The jet was flown by an Air Force Special Operations crew. Lawmakers cited the Clean Air Act, said Ruth Ames.",
			nil, []string{"Force Special Operations", "Force Special", "Act"}},
		{"a given name before an event's noun", "Crowds filled the Lin Expo Canada halls. The Park Service closed the trail, said Ruth Ames.",
			nil, []string{"Lin Expo", "Park Service"}},
		{"words of a system's name", "Officers use the National Records System and Intelligence System daily, said Ruth Ames.",
			nil, []string{"Intelligence System"}},
		{"a table heading is no person", "12 - Average Number of parks closed. 3 - Amount Miller cut from the budget. Miller said no more.",
			nil, []string{"Average Number", "Amount Miller"}},
		{"a department's name is no person", "The complaint went to the Department of Housing and Rural Development and the Lucas Housing Development board. The Executive Branch said no.",
			nil, []string{"Rural Development", "Lucas Housing Development", "Lucas Housing", "Executive Branch"}},
		{"a capital He after a name in a title-case headline", "The blog ran a post titled Oppose The Nomination Of Samuel Ortiz He Would Tear Down The Courts. Ortiz said nothing.",
			[]actorWant{{"Samuel Ortiz", "", ""}}, []string{"Samuel Ortiz He"}},
		{"a capital He after an office is a name", "Vice Premier He Lifeng met the delegation.",
			[]actorWant{{"He Lifeng", "", ""}}, nil},
		{"a shouted sentence names no acronym", "THE CLERK CAME OVER AND SAID HE WAS SORRY. Ruth Ames said so.",
			[]actorWant{{"Ruth Ames", "", ""}}, []string{"AND", "HE"}},
		{"a signature's job title ends the name", "Thanks, Dana Whitlow Executive Assistant to Tom Hale. Dana Whitlow said so.",
			[]actorWant{{"Dana Whitlow", "", ""}}, []string{"Dana Whitlow Executive Assistant", "Dana Whitlow Executive"}},
		{"a league is no person", "We have had decades of Ivy League elites, said Ruth Ames.",
			[]actorWant{{"Ruth Ames", "", ""}}, []string{"Ivy League", "Ivy"}},
		{"an acronym that speaks is an organization", "The TPLF said the road was open. Ruth Ames said so.",
			[]actorWant{{"Ruth Ames", "", ""}, {"TPLF", "", ""}}, nil},
		{"a phone extension is no name", "Thanks, Lena X44120 Tom, sorry for the delay. Tom Hale said so.",
			[]actorWant{{"Tom Hale", "", ""}}, []string{"Lena X44120 Tom"}},
		{"continues to is no speech", "The newly released Zephyr Quill is gaining users. Tests tied it with Quill. If Quill continues to surge, rivals will fall.",
			nil, []string{"Zephyr Quill", "Quill"}},
		{"a noun between a word and a speech verb is the subject", "Critics praised the Lomond Pictures show. The Pictures camera revealed much, said Ruth Ames.",
			nil, []string{"Lomond Pictures"}},
		{"an adverb between a surname and a speech verb still vouches", "The talks were led by Tuvshin Batbayar. Batbayar later said they went well.",
			[]actorWant{{"Tuvshin Batbayar", "", ""}}, nil},
		{"continued as speech still vouches", "The talks were led by Tuvshin Batbayar. \"We agree,\" Batbayar continued.",
			[]actorWant{{"Tuvshin Batbayar", "", ""}}, nil},
		{"chief justice is an office", "Few can name the Chief Justice of the United States. Chief Justice Ellen Marsh spoke on Monday.",
			[]actorWant{{"Ellen Marsh", "Chief Justice", ""}}, []string{"Justice"}},
		{"a word between a head noun and an office", "Talks were held by chief Karen rebel negotiator Saw Htoo and envoy Erik Lund.",
			[]actorWant{{"Saw Htoo", "", ""}}, []string{"Karen"}},
		{"a head noun before a name that acts", "Egyptian intelligence chief Abbas Kamel met the delegation.",
			[]actorWant{{"Abbas Kamel", "", "EG"}}, nil},
		{"place nouns end a name", "Fighting spread in Ninevah Province and the Neil Islands, said Ruth Ames.",
			nil, []string{"Ninevah Province", "Neil Islands"}},
		{"a -born adjective is no name", "The Lanka-born Tamil activist spoke, said Ruth Ames.",
			nil, []string{"Lanka-born Tamil"}},
		{"judge and congressman are titles", "Judge Lynn Harper ruled on Monday. Then Congressman Harold Pike spoke.",
			[]actorWant{{"Lynn Harper", "", ""}, {"Harold Pike", "Representative", "US"}}, []string{"Judge Lynn Harper", "Congressman Harold Pike"}},
		{"a compound rank still titles", "Air Marshal Farid Khan met the envoy.",
			[]actorWant{{"Farid Khan", "", ""}}, nil},
	}
	runActorCases(t, x, cases)
}
