package extract_test

import "testing"

// TestActorNamesLikeWords covers names that look like titles, months or common words,
// people introduced by a role phrase and a comma, and person-like words inside the names
// of institutions and places, which are not actors.
func TestActorNamesLikeWords(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"pope is an honorific", "Pope Francis received Hungarian Prime Minister Viktor Orban at the Vatican.",
			[]actorWant{{"Pope Francis", "Pope", "VA"}, {"Viktor Orban", "", "HU"}}, []string{"Francis", "Vatican"}},
		{"an unknown pope keeps the title in the name", "Pope Gregory spoke to pilgrims.",
			[]actorWant{{"Pope Gregory", "Pope", "VA"}}, []string{"Gregory"}},
		{"month after a first name is a surname", "British Prime Minister Theresa May spoke with Donald Trump. May said the call went well.",
			[]actorWant{{"Theresa May", "Prime Minister", "GB"}}, []string{"Theresa"}},
		{"a month after a title is a surname", "British Prime Minister Theresa May met Donald Trump. Mrs May said the talks went well.",
			[]actorWant{{"Theresa May", "Prime Minister", "GB"}}, []string{"May"}},
		{"a month alone is still a date", "In May the ministers met in Rome.", nil, []string{"May"}},
		{"envoy for a country then a comma", "The UN envoy for Libya, Abdoulaye Bathily, arrived in Tripoli.",
			[]actorWant{{"Abdoulaye Bathily", "Ambassador", ""}}, []string{"Libya"}},
		{"church honorific", "The Vatican's envoy, Archbishop Claudio Gugerotti, met the patriarch.",
			[]actorWant{{"Claudio Gugerotti", "Archbishop", ""}}, []string{"Archbishop Claudio Gugerotti"}},
		{"organization chairperson", "AU Commission Chairperson Moussa Faki Mahamat called for calm.",
			[]actorWant{{"Moussa Faki Mahamat", "Chairman", ""}}, []string{"Commission Chairperson Moussa Faki Mahamat"}},
		{"analyst apposition has no country", `"Beijing can wait," said Janka Oertel, a China analyst at a European think tank.`,
			[]actorWant{{"Janka Oertel", "", ""}}, []string{"China"}},
		{"portfolio between demonym and office", "Saudi Energy Minister Prince Abdulaziz bin Salman met OPEC delegates.",
			[]actorWant{{"Abdulaziz bin Salman", "", "SA"}}, nil},
		{"possessive country for Latin America", "Uruguay's Luis Lacalle Pou and Paraguay's Mario Abdo Benítez arrived.",
			[]actorWant{{"Luis Lacalle Pou", "", "UY"}, {"Mario Abdo Benítez", "", "PY"}}, nil},
		{"person name inside an institution name", "Blinken spoke at the George P. Shultz National Foreign Affairs Training Center and flew from John F. Kennedy International Airport to a gala at the Kennedy Center.",
			[]actorWant{{"Antony Blinken", "Secretary of State", "US"}}, []string{"George Shultz", "John F. Kennedy", "Kennedy"}},
		{"offices of listed countries go to listed names in order", "The foreign ministers of Peru, Chile and Bolivia, Ana Cecilia Gervasi, Alberto van Klaveren and Rogelio Mayta, met in Lima.",
			[]actorWant{{"Ana Cecilia Gervasi", "Foreign Minister", "PE"}, {"Alberto van Klaveren", "Foreign Minister", "CL"}, {"Rogelio Mayta", "Foreign Minister", "BO"}}, nil},
		{"a demonym governs two offices joined by and", "Iraqi Prime Minister Mohammed Shia al-Sudani and President Abdul Latif Rashid received the delegation.",
			[]actorWant{{"Mohammed Shia al-Sudani", "Prime Minister", "IQ"}, {"Abdul Latif Rashid", "President", "IQ"}}, nil},
		{"a known actor keeps his own country after and", "Ukrainian Foreign Minister Dmytro Kuleba and President Joe Biden spoke.",
			[]actorWant{{"Dmytro Kuleba", "Foreign Minister", "UA"}, {"Joe Biden", "President", "US"}}, nil},
		{"a given name that is also a place", "Paraguay's president, Santiago Peña, met Lula. Israeli Defense Minister Israel Katz met Lloyd Austin.",
			[]actorWant{{"Santiago Peña", "President", "PY"}, {"Israel Katz", "Defense Minister", "IL"}}, []string{"Peña", "Katz"}},
		{"a place before an institution word stays a place", "Protesters gathered in the Jordan Valley and near Santiago Metro stations as Israel Radio reported.",
			nil, []string{"Jordan Valley", "Santiago Metro", "Israel Radio"}},
		{"a place before said is no speaker", "Bolsonaro, speaking at a rally in Balneário Camboriú, said the vote was rigged. Speaking at Porto Alegre, he added more.",
			[]actorWant{{"Jair Bolsonaro", "", "BR"}}, []string{"Balneário Camboriú", "Porto Alegre"}},
		{"a particle run that resolves to nobody is no actor", "The group, known as al Qaeda, said it was behind the attack.", nil, []string{"al Qaeda", "Qaeda"}},
		{"readout honorifics", "Prime Minister Shri Narendra Modi spoke with His Excellency Mr. Emmanuel Macron. His Highness Sheikh Mohamed bin Zayed received H.E. Joko Widodo, President of Indonesia.",
			[]actorWant{{"Narendra Modi", "Prime Minister", "IN"}, {"Emmanuel Macron", "", "FR"}, {"Joko Widodo", "President", "ID"}}, []string{"Shri Narendra Modi", "Excellency"}},
		{"office of a country in an apposition", "The talks were led by Hakainde Hichilema, President of Zambia, and Filipe Nyusi, President of the Republic of Mozambique.",
			[]actorWant{{"Hakainde Hichilema", "President", "ZM"}}, nil},
		{"a title word inside a name of a thing", "Biden flew on Air Force One to meet the Black Sea Fleet commanders.", nil, []string{"Force", "Force One", "Black Sea Fleet"}},
		{"assembly is no person", "He addressed the United Nations General Assembly on Tuesday.", nil, []string{"Assembly"}},
		{"an office between an agency and a name", "But Treasury Under-Secretary Hal Norden said the plan could not work. Negotiator Omar Farid said talks would go on.",
			[]actorWant{{"Hal Norden", "Under Secretary", ""}, {"Omar Farid", "Negotiator", ""}}, []string{"Under-Secretary Hal Norden", "Negotiator Omar Farid"}},
		{"a long office before a name", "Chancellor of the Exchequer Peter Hale met bankers. UN High Commissioner for Human Rights Anna Berg spoke in Geneva.",
			[]actorWant{{"Peter Hale", "Chancellor of the Exchequer", "GB"}, {"Anna Berg", "High Commissioner for Human Rights", ""}}, []string{"Exchequer Peter Hale", "Human Rights Anna Berg"}},
		{"a title word after a given name is a surname", "Australian Foreign Minister Julie Bishop met President Hassan Sheikh Mohamud. Later Bishop flew home.",
			[]actorWant{{"Julie Bishop", "Foreign Minister", "AU"}, {"Hassan Sheikh Mohamud", "President", ""}}, []string{"Julie", "Sheikh Mohamud"}},
		{"a party label is not part of the name", "Earlier Conservative Graham Lowe said the rebate mattered.",
			[]actorWant{{"Graham Lowe", "", ""}}, []string{"Conservative Graham Lowe"}},
		{"an organisation said is no person", "Prices may fall, as the World Trade Organisation and the Sudan Doctors Network have warned.", nil, []string{"Trade Organisation", "Doctors Network"}},
	}
	runActorCases(t, x, cases)
}
