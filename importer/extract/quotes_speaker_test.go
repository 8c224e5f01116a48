package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestQuoteSpeakers covers attributions that name a medium, a reporting source, two
// clauses, a given name, a particle surname or a verdict verb instead of "said".
func TestQuoteSpeakers(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"told a broadcaster", `Hans Grundberg, the UN envoy for Yemen, arrived on Monday. "Both sides must show restraint," Grundberg told Al Jazeera.`,
			[]quoteWant{{"Both sides must show restraint,", "Hans Grundberg"}}},
		{"according to officials reports the subject's words", `Israeli Prime Minister Benjamin Netanyahu spoke with Biden. Mr. Netanyahu called the plan a "grave error," according to White House officials.`,
			[]quoteWant{{"grave error,", "Benjamin Netanyahu"}}},
		{"according to a named person stays", `The deal is "dead in the water," according to Russian Foreign Minister Sergei Lavrov.`,
			[]quoteWant{{"dead in the water,", "Sergey Lavrov"}}},
		{"two clauses two speakers", `Nigel Farage called the bill 'a surrender' while Keir Starmer said ministers had 'given up on the whole idea'.`,
			[]quoteWant{{"a surrender", "Nigel Farage"}, {"given up on the whole idea", "Keir Starmer"}}},
		{"called it", `Jacob Rees-Mogg called it "a complete and utter sell-out" on Tuesday.`,
			[]quoteWant{{"a complete and utter sell-out", "Jacob Rees-Mogg"}}},
		{"denounced as", "Eritrean Information Minister Yemane Gebremeskel denounced the accord as a “betrayal of the whole region”.",
			[]quoteWant{{"betrayal of the whole region", "Yemane Gebremeskel"}}},
		{"welcomed as", `The African Union welcomed the agreement as "a new dawn for the Horn of Africa."`,
			[]quoteWant{{"a new dawn for the Horn of Africa.", "African Union"}}},
		{"given name reference", `Government negotiator Redwan Hussien met Getachew Reda, the TPLF spokesman, in Pretoria. "The guns must fall silent," Getachew said. "We agree," said Redwan.`,
			[]quoteWant{{"The guns must fall silent,", "Getachew Reda"}, {"We agree,", "Redwan Hussien"}}},
		{"family name first that is also a place word", `South Korean President Park Geun-hye visited Beijing on Monday. "Dialogue is the only way forward," Park told a news conference.`,
			[]quoteWant{{"Dialogue is the only way forward,", "Park Geun-hye"}}},
		{"initials in a name", "``The information was shared in an unclassified form,'' said P.J. Crowley, a spokesman for the National Security Council.",
			[]quoteWant{{"The information was shared in an unclassified form,", "P.J. Crowley"}}},
		{"the person an apposition describes, not its organization", `Hilde Lund, the U.N. special representative for the region, said the fighting threatened to bring back "nightmares of the past".`,
			[]quoteWant{{"nightmares of the past", "Hilde Lund"}}},
		{"an unnamed official speaks for the country's government", `"Do not hold your breath for a summit in Beijing," the Israeli official told CNN.`,
			[]quoteWant{{"Do not hold your breath for a summit in Beijing,", "Israeli Government"}}},
		{"an unnamed government official speaks for the country's government", `The Spanish envoy asked for more time. But a British government official replied: "The offer on the table is final."`,
			[]quoteWant{{"The offer on the table is final.", "British Government"}}},
		{"a broadcaster's reporter who says what he saw speaks", `Police held a camera crew for two hours, and the BBC's Mark Dawson said it was "an attempt to stop the filming".`,
			[]quoteWant{{"an attempt to stop the filming", "Mark Dawson"}}},
		{"a broadcaster's reporter who adds what he saw speaks", `Police held a camera crew for two hours, and the BBC's Mark Dawson added that it was "an attempt to stop the filming".`,
			[]quoteWant{{"an attempt to stop the filming", "Mark Dawson"}}},
		{"a broadcaster's reporter who stresses what he saw speaks", `Police held a camera crew for two hours, and the BBC's Mark Dawson stressed that it was "an attempt to stop the filming".`,
			[]quoteWant{{"an attempt to stop the filming", "Mark Dawson"}}},
		{"the minister is the last minister of any portfolio", `Finnish Foreign Minister Elina Valtonen met Swedish Prime Minister Ulf Kristersson in Stockholm. "Our security is indivisible," the Finnish minister said.`,
			[]quoteWant{{"Our security is indivisible,", "Elina Valtonen"}}},
		{"the president is the article's own president, not a foreign one named in between", `President Joe Biden arrived in Warsaw on Monday. Mr. Biden toured a refugee center and later met President Andrzej Duda of Poland. "We stand with Ukraine," the president said.`,
			[]quoteWant{{"We stand with Ukraine,", "Joe Biden"}}},
		{"the president named as often as another is the last one named", `President Joe Biden arrived in Warsaw on Monday and met President Andrzej Duda of Poland. "We stand with Ukraine," the president said.`,
			[]quoteWant{{"We stand with Ukraine,", "Andrzej Duda"}}},
		{"the chancellor is the last chancellor of any kind, a Chancellor of the Exchequer too", `Chancellor of the Exchequer Peter Hale arrived in Paris on Sunday. "The talks were useful," the Chancellor said.`,
			[]quoteWant{{"The talks were useful,", "Peter Hale"}}},
		{"the minister is no head of government", `Prime Minister Petteri Orpo arrived in Tallinn. "The ties are strong," the minister said.`,
			[]quoteWant{{"The ties are strong,", ""}}},
		{"she is not the man named just before", `Foreign Minister Penny Wong met President Joko Widodo in Jakarta. Widodo welcomed the visit. "Australia is a close neighbour," she said.`,
			[]quoteWant{{"Australia is a close neighbour,", "Penny Wong"}}},
		{"a title tells the gender", `Mrs Okafor met Mr Bello on Monday. Mr Bello thanked the delegation. "The talks went well," she said.`,
			[]quoteWant{{"The talks went well,", "Okafor"}}},
		{"he with no man named goes to the person of unknown gender", `Mr Bello met Ms Okafor and the minister. Bello thanked the delegation. "The talks went well," he said.`,
			[]quoteWant{{"The talks went well,", "Bello"}}},
		{"an acronym that issues a statement", `The two leaders agreed to meet again, according to a PMO statement. "The talks were warm," the PMO statement said.`,
			[]quoteWant{{"The talks were warm,", "PMO"}}},
		{"the statement of the body that spoke in the sentence before, not of an earlier statement", `The leaders spoke by phone, a Downing Street statement said. "Many topics were touched upon," the Kremlin's press service said. "Both wished each other success," the statement said.`,
			[]quoteWant{{"Many topics were touched upon,", "Kremlin"}, {"Both wished each other success,", "Kremlin"}}},
		{"a spokesman of a body spoke, not the body", `"He apologized," Defense Department spokesman Paul Reyes said in a statement. "He also offered condolences," the statement said.`,
			[]quoteWant{{"He apologized,", "Paul Reyes"}, {"He also offered condolences,", "Paul Reyes"}}},
		{"he is the subject of the sentence before, not its object", `Prime Minister Mark Carney visited Tokyo last week. Several scholars think the next trip should include the Canadian leader, among them Kenji Sato of Keio University. He told NHK: "The visit matters."`,
			[]quoteWant{{"The visit matters.", "Kenji Sato"}}},
		{"the person after an organization's possessive speaks", `"These talks ignore the victims," said Amnesty International's regional director, Samira Daoud.`,
			[]quoteWant{{"These talks ignore the victims,", "Samira Daoud"}}},
		{"the embassy named before", `The Peruvian Embassy in Madrid rejected the claims. "These accusations are groundless," the embassy said.`,
			[]quoteWant{{"These accusations are groundless,", "Peruvian Embassy"}}},
		{"the presidency named before", `Kenya's presidency said in a statement that the leaders had spoken. "The two presidents discussed trade," the presidency said.`,
			[]quoteWant{{"The two presidents discussed trade,", "Kenyan Presidency"}}},
		{"the military named before", `The Israel Defense Forces said it had struck targets overnight. "We will continue to operate," the military said.`,
			[]quoteWant{{"We will continue to operate,", "Israel Defense Forces"}}},
		{"a name no rule vouches for, whose surname speaks later", `The meeting was attended by Tuvshin Batbayar and several bankers. "We need clear rules," Batbayar said.`,
			[]quoteWant{{"We need clear rules,", "Tuvshin Batbayar"}}},
		{"a hyphenated surname that ends a name of the article", `Dorj Bat-Erdene, who chairs the energy committee, spoke first. "It is unavoidable," Bat-Erdene told reporters.`,
			[]quoteWant{{"It is unavoidable,", "Dorj Bat-Erdene"}}},
		{"a body that reports a person's words", `Chancellor Olaf Scholz called Emmanuel Macron on Sunday. Scholz told Macron that the plan was "a dangerous gamble for all of Europe," the German government said.`,
			[]quoteWant{{"a dangerous gamble for all of Europe,", "Olaf Scholz"}}},
		{"an unnamed source of a country's government", `"He was very clear," a Dutch government source said of the prime minister.`,
			[]quoteWant{{"He was very clear,", "Dutch Government"}}},
		{"a quoted sentence after a statement issued", "The Kenyan Foreign Ministry issued a statement on Tuesday condemning the attack.\n\n\"Kenya stands with the families of the victims.\"",
			[]quoteWant{{"Kenya stands with the families of the victims.", "Kenyan Foreign Ministry"}}},
		{"a quoted sentence after an address", "In a televised address, President Samia Suluhu Hassan appealed for calm.\n\n\"We must not allow anger to divide us.\"",
			[]quoteWant{{"We must not allow anger to divide us.", "Samia Suluhu Hassan"}}},
		{"the readout of the body that issued it", `The Elysee issued a readout of the call. "The President stressed the need for a ceasefire," the readout said.`,
			[]quoteWant{{"The President stressed the need for a ceasefire,", "Elysee Palace"}}},
		{"an inverted statement", `The Kremlin released a readout of the talks on Tuesday. "The sides agreed to stay in touch," said the statement, issued after the call.`,
			[]quoteWant{{"The sides agreed to stay in touch,", "Kremlin"}}},
		{"it said after a body posted", `China's foreign ministry posted a summary on its website. "China and Brazil are good partners," it said.`,
			[]quoteWant{{"China and Brazil are good partners,", "Chinese Foreign Ministry"}}},
		{"a long apposition between the speaker and the verb", `"The deal is a partial success at best," Maren Olsen, the director of the Arms Control Program at the Nordic Institute for Security Studies, said on Tuesday.`,
			[]quoteWant{{"The deal is a partial success at best,", "Maren Olsen"}}},
		{"a news agency quoted a person after a comma inside the marks", "``We must live as good neighbours,'' the Press Trust of India news agency quoted Prime Minister Narendra Modi as telling Parliament.",
			[]quoteWant{{"We must live as good neighbours,", "Narendra Modi"}}},
		{"a person's unnamed spokesman speaks for the person", `Prime Minister Mark Carney's official spokesman said: "We are watching the situation closely and have made the usual plans."`,
			[]quoteWant{{"We are watching the situation closely and have made the usual plans.", "Mark Carney"}}},
		{"a capital speaks for its body that spoke before", `The visit will last three days, Chinese Foreign Ministry spokesperson Lin Jian said. Beijing said the trip would "lift ties between the two countries to a new height". "We welcome the guests," Beijing said.`,
			[]quoteWant{{"lift ties between the two countries to a new height", "Chinese Foreign Ministry"}, {"We welcome the guests,", "Chinese Foreign Ministry"}}},
		{"a capital speaks for the one body of its country named further before", "The Kremlin said the talks would go ahead.\n\nGrain prices rose again this year.\n\nShips waited in port.\n\nFarmers protested.\n\nExports doubled.\n\n\"This is a theatre of the absurd,\" Moscow said in a statement.",
			[]quoteWant{{"This is a theatre of the absurd,", "Kremlin"}}},
		{"a capital of a country with two bodies named far before speaks for no one", "The Kremlin said the talks would go ahead. The Russian foreign ministry agreed.\n\nGrain prices rose again this year.\n\nShips waited in port.\n\nFarmers protested.\n\nExports doubled.\n\n\"This is a theatre of the absurd,\" Moscow said in a statement.",
			[]quoteWant{{"This is a theatre of the absurd,", ""}}},
		{"a capital with no body named speaks for its government", `Beijing said the trip would "lift ties between the two countries to a new height".`,
			[]quoteWant{{"lift ties between the two countries to a new height", "Chinese Government"}}},
		{"a speech verb of two words", `Elsewhere in his remarks, Foreign Minister Abbas Araghchi pointed out, "Sanctions have failed to change our course."`,
			[]quoteWant{{"Sanctions have failed to change our course.", "Abbas Araghchi"}}},
		{"the minister of a country is its one person with no office named", `Foreign Minister Abbas Araghchi met his Omani counterpart, Badr Albusaidi, in Muscat. The Omani minister, for his part, stressed, "Dialogue is the only way forward."`,
			[]quoteWant{{"Dialogue is the only way forward.", "Badr Albusaidi"}}},
		{"a quoted sentence after another person's reported speech is not the earlier speaker's", `Foreign Minister Penny Wong met her Chinese counterpart. "The talks were frank," Wong said. Wang Yi said the two sides had agreed to stay in touch. "We will meet again soon."`,
			[]quoteWant{{"The talks were frank,", "Penny Wong"}, {"We will meet again soon.", "Wang Yi"}}},
		{"the spokesman is the spokesperson named before", `Kremlin spokesman Dmitry Peskov told reporters the talks went well. "We are satisfied," the spokesman said. Maria Zakharova, the foreign ministry spokeswoman, disagreed. "It is a fabrication," the spokeswoman added.`,
			[]quoteWant{{"We are satisfied,", "Dmitry Peskov"}, {"It is a fabrication,", "Maria Zakharova"}}},
		{"an unnamed defense official speaks for the defense ministry", `A senior U.S. defense official briefed reporters. "The forces will support Afghan troops," the official said.`,
			[]quoteWant{{"The forces will support Afghan troops,", "Pentagon"}}},
		{"the statement of the body that spoke last", `"Many topics were touched upon," the Kremlin's press service said after the call. "Both sides wished each other success," the statement said.`,
			[]quoteWant{{"Many topics were touched upon,", "Kremlin"}, {"Both sides wished each other success,", "Kremlin"}}},
		{"a person's draft speaks for its author", `European Council President Donald Tusk wrote to the leaders. Tusk's draft says the plan is "a temporary and extraordinary measure which is necessary to end the suffering".`,
			[]quoteWant{{"a temporary and extraordinary measure which is necessary to end the suffering", "Donald Tusk"}}},
		{"a report after a parenthetical", `The Kremlin published a report on Monday. The report, which was seen by Reuters, says the deal is "a step towards a lasting settlement".`,
			[]quoteWant{{"a step towards a lasting settlement", "Kremlin"}}},
		{"the attribution closes the sentence the quotation opens", `"The last thing I would want to see is the UK scaring away investors" over security concerns, Chinese Ambassador Liu Xiaoming said. "You cannot single out China."`,
			[]quoteWant{{"The last thing I would want to see is the UK scaring away investors", "Liu Xiaoming"}, {"You cannot single out China.", "Liu Xiaoming"}}},
		{"the attribution before a participle clause", `"We can only expect worse to come" unless steps are taken, UN rights chief Volker Turk said, warning of greater horrors.`,
			[]quoteWant{{"We can only expect worse to come", "Volker Turk"}}},
		{"a quoted sentence after reported speech", `Deputy Prime Minister Heng Swee Keat added that the pandemic had shown how connected the world is. "We must work with all countries to overcome it."`,
			[]quoteWant{{"We must work with all countries to overcome it.", "Heng Swee Keat"}}},
		{"a quoted sentence after an inverted attribution", `Relations should rest on mutual respect, said Xi Jinping. "I hope this visit makes a positive contribution."`,
			[]quoteWant{{"I hope this visit makes a positive contribution.", "Xi Jinping"}}},
		{"a quoted sentence after a sentence without speech stays unattributed", `Heng Swee Keat visited Jakarta on Monday. "We must work with all countries to overcome it."`, nil},
		{"a judging verb's quoted object of several words, inside a relative clause", "No group claimed the attack, which Prime Minister Benjamin Netanyahu called “a savage crime, murder in the heart of the city.”",
			[]quoteWant{{"a savage crime, murder in the heart of the city.", "Benjamin Netanyahu"}}},
		{"a judging verb inside a relative clause whose subject has an apposition", "No group claimed the blast, which Lars Holm, the Norwegian prime minister, called “a cowardly act against our people.”",
			[]quoteWant{{"a cowardly act against our people.", "Lars Holm"}}},
		{"an apposition of the relative clause's object closes the clause", "Foreign Minister Anna Berg, who met Lars Holm, the Norwegian prime minister, said: “The talks were frank and useful.”",
			[]quoteWant{{"The talks were frank and useful.", "Anna Berg"}}},
		{"expressed words", `The Peace and Security Council of the African Union expressed "deep dismay that the newest nation should descend so rapidly into strife."`,
			[]quoteWant{{"deep dismay that the newest nation should descend so rapidly into strife.", "African Union Peace and Security Council"}}},
		{"a name vouched for by a description and a speech verb", `Jameel Okafor, global head of currency strategy at a broker, said the production cut "is not the ultimate answer". "Demand will drop," he said.`,
			[]quoteWant{{"is not the ultimate answer", "Jameel Okafor"}, {"Demand will drop,", "Jameel Okafor"}}},
		{"each mention of the official carries the reference on", "A senior Pentagon official briefed reporters.\n\nThe plan was approved.\n\nThe troops will move.\n\n\"We are ready,\" the official said.\n\nThe order is signed.\n\nThe allies were told.\n\nThe vote is due.\n\nThe talks go on.\n\n\"We will not wait,\" the official said.",
			[]quoteWant{{"We are ready,", "Pentagon"}, {"We will not wait,", "Pentagon"}}},
		{"particle surname", `Qatari foreign ministry spokesman Majed al-Ansari briefed reporters. "Talks are at a sensitive stage," al-Ansari said.`,
			[]quoteWant{{"Talks are at a sensitive stage,", "Majed al-Ansari"}}},
		{"a term after the verdict verb is no quote", `Lavrov slammed the "so-called peace formula" and what he termed "Western hooliganism".`, nil},
		{"a person's office speaks for the person", `Grand Ayatollah Ali al-Sistani received the envoy in Najaf. "Iraq must not become an arena for conflicts," al-Sistani's office said in a statement.`,
			[]quoteWant{{"Iraq must not become an arena for conflicts,", "Ali al-Sistani"}}},
		{"a month-like surname after an inverted verb", `British Prime Minister Theresa May met Angela Merkel in Berlin. "We agreed to keep talking," said May.`,
			[]quoteWant{{"We agreed to keep talking,", "Theresa May"}}},
		{"a month-like surname owns an office", `British Prime Minister Theresa May met Angela Merkel in Berlin. "The talks were constructive," May's office said.`,
			[]quoteWant{{"The talks were constructive,", "Theresa May"}}},
		{"a month with no such person stays a month", `The vote was held in May. "The turnout was low," said May's report on the elections.`,
			[]quoteWant{{"The turnout was low,", ""}}},
		{"the Amir of Gulf agencies is the emir", "His Highness the Amir Sheikh Tamim bin Hamad Al-Thani received a phone call from President of the European Council Charles Michel. During the call, His Highness the Amir stressed \"the importance of a ceasefire in Gaza.\"",
			[]quoteWant{{"the importance of a ceasefire in Gaza.", "Tamim bin Hamad Al Thani"}}},
		{"a country's Amir is its emir, the given name Amir a name", "Kuwait's Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah met Israeli Police Minister Amir Ohana. \"People were having coffee,\" Ohana said. The Amir said Kuwait would \"continue its mediation efforts.\"",
			[]quoteWant{{"People were having coffee,", "Amir Ohana"}, {"continue its mediation efforts.", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"}}},
		{"his spokesman speaks for him", `President Ilona Varga met Prime Minister Tomas Berg in Vienna. Berg left early. "The meeting was candid," her spokesman said.`,
			[]quoteWant{{"The meeting was candid,", "Ilona Varga"}}},
		{"his office speaks for him", `Prime Minister Tomas Berg met President Ilona Varga in Vienna. "The meeting was candid," his office said.`,
			[]quoteWant{{"The meeting was candid,", "Tomas Berg"}}},
		{"a known actor's aide speaks for him", `President Joe Biden met Chinese President Xi Jinping in Bali. "The meeting was candid," a Biden aide said.`,
			[]quoteWant{{"The meeting was candid,", "Joe Biden"}}},
		{"a country's police speak", `A bomb exploded in Jerusalem on Monday. "Two people were wounded," Israeli police said in a statement.`,
			[]quoteWant{{"Two people were wounded,", "Israeli Police"}}},
		{"a named spokesman is not his boss", `"The talks were useful," Putin's spokesman Dmitry Peskov told reporters.`,
			[]quoteWant{{"The talks were useful,", "Dmitry Peskov"}}},
		{"a person's office said that", `Israeli Prime Minister Benjamin Netanyahu flew home. Netanyahu's office said in a statement that Israel would "never accept a hostile state on its border".`,
			[]quoteWant{{"never accept a hostile state on its border", "Benjamin Netanyahu"}}},
		{"the office of a titled person said that", `The office of Norwegian Prime Minister Tomas Berg said the talks had been "frank and useful for both our countries".`,
			[]quoteWant{{"frank and useful for both our countries", "Tomas Berg"}}},
		{"a statement issued by the office of a titled person", `A statement issued by the office of Prime Minister Tomas Berg said the talks had been "frank and useful for both our countries".`,
			[]quoteWant{{"frank and useful for both our countries", "Tomas Berg"}}},
		{"top demonym diplomat is the foreign minister", `Russian Foreign Minister Sergey Lavrov spoke in Beijing. The top Russian diplomat noted that Moscow and Beijing "oppose attempts to build closed military blocs".`,
			[]quoteWant{{"oppose attempts to build closed military blocs", "Sergey Lavrov"}}},
		{"according to him", `Foreign Minister Sergei Lavrov spoke in Moscow. According to him, the sanctions had "failed in every respect that matters to Europe."`,
			[]quoteWant{{"failed in every respect that matters to Europe.", "Sergey Lavrov"}}},
		{"a quotation ending a sentence does not take the next sentence's speaker", "Former President Olusegun Obasanjo said the deal was \"the beginning of a new era for Ethiopia.\"\n\nRedwan Hussien told reporters: \"We have agreed to end this war.\" Getachew Reda said his side had made \"painful but necessary concessions.\"",
			[]quoteWant{{"the beginning of a new era for Ethiopia.", "Olusegun Obasanjo"}, {"We have agreed to end this war.", "Redwan Hussien"}, {"painful but necessary concessions.", "Getachew Reda"}}},
		{"was quoted as saying by an agency", `"We will not negotiate under pressure," Lavrov was quoted as saying by TASS.`,
			[]quoteWant{{"We will not negotiate under pressure,", "Sergey Lavrov"}}},
		{"an agency quoted someone", `"The door is open," TASS quoted Kremlin spokesman Dmitry Peskov as saying.`,
			[]quoteWant{{"The door is open,", "Dmitry Peskov"}}},
		{"particle surname with a space", `Saudi Crown Prince Mohammed bin Salman received Blinken. "We want a lasting peace," bin Salman said.`,
			[]quoteWant{{"We want a lasting peace,", "Mohammed bin Salman"}}},
		{"two particles", `European Commission President Ursula von der Leyen spoke in Kyiv. "Europe stands united," von der Leyen said.`,
			[]quoteWant{{"Europe stands united,", "Ursula von der Leyen"}}},
		{"the medium told is never the speaker, the official speaks for the government", `"We are watching the border closely," a senior Ukrainian official told the BBC.`,
			[]quoteWant{{"We are watching the border closely,", "Ukrainian Government"}}},
		{"the person told is never the speaker", `Wang Yi met Blinken. "Ties between our countries are strong," Wang told Blinken.`,
			[]quoteWant{{"Ties between our countries are strong,", "Wang Yi"}}},
		{"a ministry spokesperson named in an apposition", `"Our position has not changed," the Chinese foreign ministry spokesperson, Mao Ning, told a regular briefing.`,
			[]quoteWant{{"Our position has not changed,", "Mao Ning"}}},
		{"a long title before the speaker", `"The meeting was productive," Indian External Affairs Minister S. Jaishankar posted on X.`,
			[]quoteWant{{"The meeting was productive,", "Subrahmanyam Jaishankar"}}},
		{"British Mr without a period", "Chinese Premier Li Qiang met Rishi Sunak in London. Mr Li said ties were ‘back on a steady footing’.",
			[]quoteWant{{"back on a steady footing", "Li Qiang"}}},
		{"a verb the lexicon does not list, after or before the speaker", `President Joko Widodo met Anthony Albanese. "They give us a burden," agreed Widodo. "We have to work together," Albanese replied. "This is a test," Widodo conceded.`,
			[]quoteWant{{"They give us a burden,", "Joko Widodo"}, {"We have to work together,", "Anthony Albanese"}, {"This is a test,", "Joko Widodo"}}},
		{"a verb the lexicon does not list, beside a titled speaker", `President Joko Widodo met Anthony Albanese. "They give us a burden," agreed President Widodo. "We have to work together," Prime Minister Albanese agreed.`,
			[]quoteWant{{"They give us a burden,", "Joko Widodo"}, {"We have to work together,", "Anthony Albanese"}}},
		{"a pronoun in the opening adverbial is the main clause's subject", `Iranian Foreign Minister Javad Zarif spoke first. Asked if he was worried, Benjamin Netanyahu seemed calm. "They'll work it out," he said.`,
			[]quoteWant{{"They'll work it out,", "Benjamin Netanyahu"}}},
		{"no attribution without the comma inside the marks", `Widodo met Albanese. The plan was "a test" approved by parliament.`, nil},
		{"an organization the gazetteer does not know, then the consortium", "The International Alliance of Harbour Pilots published the figures. \"Ports are unsafe,\" the alliance said. The Geneva Academy of Maritime Law noted that losses had \"doubled in a year\".",
			[]quoteWant{{"Ports are unsafe,", ""}, {"doubled in a year", "Geneva Academy of Maritime Law"}}},
		{"the consortium said", "The Northern Consortium of Investigative Reporters released the files. \"Most of these accounts are legal,\" the consortium said.",
			[]quoteWant{{"Most of these accounts are legal,", "Northern Consortium of Investigative Reporters"}}},
		{"a centre the gazetteer lacks speaks", `A cyclone hit the coast on Monday. The Pacific Cyclone Warning Center said the storm was "extremely dangerous and still growing".`,
			[]quoteWant{{"extremely dangerous and still growing", "Pacific Cyclone Warning Center"}}},
		{"an agency the gazetteer lacks speaks", `"Grain exports will halve this year," the Danubian Grain Agency said on Tuesday.`,
			[]quoteWant{{"Grain exports will halve this year,", "Danubian Grain Agency"}}},
		{"the initials of a body named in full before", `The Baltic Institute for Maritime Studies published a study on Monday. "The strait will stay open to tankers," the BIMS report concluded.`,
			[]quoteWant{{"The strait will stay open to tankers,", "Baltic Institute for Maritime Studies"}}},
		{"a speaking acronym is the body named in full", `Fighting resumed on Monday, the Levant Network for Civilian Rights reported. "At least 40 people were killed," LNCR said.`,
			[]quoteWant{{"At least 40 people were killed,", "Levant Network for Civilian Rights"}}},
		{"the acronym told, before the quotation", `The Council of Tribal Elders condemned the raid on Monday. The CTE told residents, "Stay in your homes until the shelling stops."`,
			[]quoteWant{{"Stay in your homes until the shelling stops.", "Council of Tribal Elders"}}},
		{"a country's name ending in an organization noun heads no body", `The study was run by Canada, Norway, the Russian Federation and Sweden. "Sea ice will halve by the end of the century," the report concluded.`,
			[]quoteWant{{"Sea ice will halve by the end of the century,", ""}}},
		{"an acronym's report speaks for it", `Fish stocks fell again this year. "The impact of warming on fisheries is hard to judge," the NMFP report said.`,
			[]quoteWant{{"The impact of warming on fisheries is hard to judge,", "NMFP"}}},
		{"an authority the gazetteer lacks speaks", `The Northern Ports Authority warned that "the harbour will stay shut until Friday".`,
			[]quoteWant{{"the harbour will stay shut until Friday", "Northern Ports Authority"}}},
		{"the report said speaks for its author", "The figures come from the Sahel Refugee Council, a charity. Reuters saw the document. \"Camps are full,\" the report said.",
			[]quoteWant{{"Camps are full,", "Sahel Refugee Council"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

// assertSpeakers checks the quotations and their speakers, in order.
func assertSpeakers(tb testing.TB, res extract.Result, want []quoteWant) {
	tb.Helper()
	if len(res.Quotes) != len(want) {
		tb.Fatalf("got %d quotes %v, want %d", len(res.Quotes), quoteTexts(res), len(want))
	}
	for i, w := range want {
		q := res.Quotes[i]
		got := ""
		if q.Speaker >= 0 {
			got = res.Actors[q.Speaker].Name
		}
		if q.Text != w.text || got != w.speaker {
			tb.Errorf("quote %d = %q by %q (%s), want %q by %q", i, q.Text, got, q.Evidence.Rule, w.text, w.speaker)
		}
	}
}

// TestGivenNameNeedsOnePerson checks that a bare given name shared by two people of the
// article, or that is someone's surname, does not resolve.
func TestGivenNameNeedsOnePerson(t *testing.T) {
	x := newExtractor(t)
	res := x.Extract(extract.Input{Text: `Abiy Ahmed met Abiy Tesfaye in Addis Ababa. "We are ready," Abiy said.`})
	for _, q := range res.Quotes {
		if q.Speaker >= 0 {
			t.Errorf("ambiguous given name resolved to %q", res.Actors[q.Speaker].Name)
		}
	}
}
