package extract_test

import "testing"

// TestHardNegatives covers the idioms of news that name two leaders beside a contact word
// without reporting a contact: interviews, refusals, denials, wishes, contacts that are
// not on the cards or have yet to happen, and the near misses that are contacts.
func TestHardNegatives(t *testing.T) {
	x := newExtractor(t)
	pub := "2023-03-15"
	cases := []contactCase{
		{"the two presidents are not the pair of a negated meeting told next", "Kenya has repeatedly called for direct talks between the two presidents. Meanwhile, there is no discussion about the possibility of a meeting between Ugandan President Yoweri Museveni and his Rwandan counterpart Paul Kagame, officials said.", pub, nil},
		{"an interview with a network", "Ukrainian President Volodymyr Zelensky told CNN in an interview on Sunday that the war would not end soon.", pub, nil},
		{"an interview given to an agency", "Hungarian Prime Minister Viktor Orban gave an interview to Reuters on Tuesday.", pub, nil},
		{"speaking to a network", "Speaking to Fox News, Israeli Prime Minister Benjamin Netanyahu said he expected to visit Washington soon.", pub, nil},
		{"a network's host", "Ukrainian President Volodymyr Zelensky spoke with Fox News host Bret Baier on Sunday.", pub, nil},
		{"welcomed a person to a firm", "I am delighted to welcome Tarik Osman to Siemens!", pub, nil},
		{"met the press", "Secretary of State Antony Blinken met the press in Brussels on Tuesday.", pub, nil},
		{"met with reporters", "Hungarian Prime Minister Viktor Orban met with reporters in Budapest on Friday.", pub, nil},
		{"would be willing to meet", "Turkish President Recep Tayyip Erdogan said he would be willing to meet Syrian President Bashar al-Assad.", pub, nil},
		{"ruled out talks", "Ukrainian President Volodymyr Zelensky ruled out talks with Russian President Vladimir Putin.", pub, nil},
		{"no plans for a meeting", "There are no plans for U.S. President Joe Biden to meet Chinese President Xi Jinping, the White House said.", pub, nil},
		{"called on to withdraw", "German Chancellor Olaf Scholz called on Russian President Vladimir Putin to withdraw his troops.", pub, nil},
		{"calls a dictator, present tense", "U.S. President Joe Biden calls Chinese President Xi Jinping a dictator.", pub, nil},
		{"would call a friend", "French President Emmanuel Macron said he would call German Chancellor Olaf Scholz \"a friend\".", pub, nil},
		{"will call next week stays a call", "U.S. President Joe Biden will call Chinese President Xi Jinping next week.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "phone", status: "scheduled"}}},
		{"called a liar", "Former U.S. President Donald Trump called French President Emmanuel Macron a liar.", pub, nil},
		{"has never met", "Ukrainian President Volodymyr Zelensky has never met Russian President Vladimir Putin in person.", pub, nil},
		{"saw no point in talking", "Russian President Vladimir Putin said he saw no point in talking to Ukrainian President Volodymyr Zelensky.", pub, nil},
		{"no contact between", "Kremlin spokesman Dmitry Peskov said there had been no contact between Russian President Vladimir Putin and U.S. President Joe Biden.", pub, nil},
		{"refused to speak", "U.S. President Joe Biden refused to speak to Saudi Crown Prince Mohammed bin Salman.", pub, nil},
		{"declined to meet", "Chinese Foreign Minister Qin Gang declined to meet U.S. Secretary of State Antony Blinken.", pub, nil},
		{"declined an invitation", "Israeli Prime Minister Benjamin Netanyahu declined an invitation to meet U.S. President Joe Biden.", pub, nil},
		{"rejected an offer of talks", "Ukrainian President Volodymyr Zelensky rejected an offer of talks with Russian President Vladimir Putin.", pub, nil},
		{"urged others to talk", "Hungarian Prime Minister Viktor Orban urged European leaders to open talks with Russian President Vladimir Putin.", pub, nil},
		{"no plans to speak", "Kremlin spokesman Dmitry Peskov said Russian President Vladimir Putin had no plans to speak to French President Emmanuel Macron.", pub, nil},
		{"not clear whether", "It was not clear whether U.S. President Joe Biden would meet Chinese President Xi Jinping at the summit.", pub, nil},
		{"asked whether", "Asked whether he would meet Russian President Vladimir Putin, Turkish President Recep Tayyip Erdogan said it was too early to say.", pub, nil},
		{"not expected to meet", "Russian President Vladimir Putin is not expected to meet U.S. President Joe Biden at the G20.", pub, nil},
		{"unlikely to meet", "U.S. President Joe Biden is unlikely to meet Saudi Crown Prince Mohammed bin Salman during the trip.", pub, nil},
		{"talks were impossible", "Ukrainian President Volodymyr Zelensky said talks with Russian President Vladimir Putin were impossible.", pub, nil},
		{"offered to mediate", "Brazilian President Luiz Inacio Lula da Silva offered to mediate between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky.", pub, nil},
		{"criticised, praised, accused, warned", "Russian President Vladimir Putin criticised German Chancellor Olaf Scholz in a televised address. Chinese President Xi Jinping praised Russian President Vladimir Putin. French President Emmanuel Macron accused Russian President Vladimir Putin of lying. Russian President Vladimir Putin warned French President Emmanuel Macron against sending troops.", pub, nil},
		{"a letter is no contact", "Japanese Prime Minister Fumio Kishida sent a letter to South Korean President Yoon Suk Yeol.", pub, nil},
		{"asked about talks", "Asked about talks with Russian President Vladimir Putin, Ukrainian President Volodymyr Zelensky said he saw no point.", pub, nil},
		{"commenting on reports of a meeting", "Commenting on reports of a meeting with Russian President Vladimir Putin, Turkish President Recep Tayyip Erdogan said he had no information.", pub, nil},
		{"on the possibility of a meeting", "On the possibility of a meeting with Chinese President Xi Jinping, U.S. President Joe Biden said nothing was planned.", pub, nil},
		{"after talks, the opening's subject", "After talks with Chinese President Xi Jinping, U.S. Secretary of State Antony Blinken said the two sides had agreed to stabilise ties.", pub,
			[]contactWant{{names: []string{"Antony Blinken", "Xi Jinping"}, mode: "meeting", status: "held"}}},
		{"several meetings summed up", "The two leaders, U.S. President Joe Biden and Chinese President Xi Jinping, have held several meetings since 2011.", pub, nil},
		{"meet halfway is a compromise", "Hungarian Prime Minister Viktor Orban agreed to meet Italian Prime Minister Giorgia Meloni halfway on the budget.", pub, nil},
		{"met halfway between two capitals stays", "South Korean President Moon Jae-in met North Korean leader Kim Jong Un halfway between Seoul and Pyongyang.", pub,
			[]contactWant{{names: []string{"Moon Jae-in", "Kim Jong Un"}, mode: "meeting", status: "held"}}},
		{"meetings over the last year summed up", "During the last year, Pakistani army chief Asim Munir led the delegation in the tripartite meetings with Afghan Defence Minister Mohammad Yaqoob and U.S. envoy Zalmay Khalilzad.", pub, nil},
		{"meetings over the past two days are each told", "Over the past two days, U.S. Secretary of State Antony Blinken held meetings with Chinese Foreign Minister Qin Gang and Chinese President Xi Jinping in Beijing.", pub,
			[]contactWant{
				{names: []string{"Antony Blinken", "Qin Gang"}, mode: "meeting", status: "held"},
				{names: []string{"Antony Blinken", "Xi Jinping"}, mode: "meeting", status: "held"}}},
		{"one or more meetings summed up", "Chinese Foreign Minister Wang Yi was at one or more meetings in Geneva in 2019 at which U.S. Secretary of State Mike Pompeo was present.", pub, nil},
		{"previous meetings", "In previous meetings with Chinese President Xi Jinping, U.S. President Joe Biden raised human rights.", pub, nil},
		{"meetings with several named", "U.S. Secretary of State Antony Blinken held meetings with Chinese Foreign Minister Qin Gang and Chinese President Xi Jinping in Beijing on Monday.", pub,
			[]contactWant{
				{names: []string{"Antony Blinken", "Qin Gang"}, mode: "meeting", status: "held"},
				{names: []string{"Antony Blinken", "Xi Jinping"}, mode: "meeting", status: "held"}}},
		{"has yet to speak", "Chinese President Xi Jinping has yet to speak with Ukrainian President Volodymyr Zelensky since the invasion.", pub, nil},
		{"is yet to hold talks", "Chinese President Xi Jinping is yet to hold talks with Ukrainian President Volodymyr Zelensky.", pub, nil},
		{"talks are unlikely", "Talks between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky are unlikely, Kremlin spokesman Dmitry Peskov said.", pub, nil},
		{"a summit not on the cards", "A summit between Russian President Vladimir Putin and U.S. President Joe Biden is not on the cards, Kremlin spokesman Dmitry Peskov said.", pub, nil},
		{"talks failed to take place", "Talks between Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign Minister Dmytro Kuleba failed to take place.", pub, nil},
		{"denied that they had spoken", "The White House denied that U.S. President Joe Biden had spoken with Chinese President Xi Jinping.", pub, nil},
		{"denied having met", "Chinese Foreign Minister Wang Yi denied that he had met Russian President Vladimir Putin.", pub, nil},
		{"denied meeting, a gerund", "Israeli Prime Minister Benjamin Netanyahu denied meeting Saudi Crown Prince Mohammed bin Salman in Neom.", pub, nil},
		{"denied visiting, a gerund", "Kenyan President William Ruto denied visiting Ugandan President Yoweri Museveni in secret.", pub, nil},
		{"the meeting as the object of a dismissal was held", "The Kremlin dismissed the meeting between Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan as routine.", pub,
			[]contactWant{{names: []string{"Vladimir Putin", "Recep Tayyip Erdogan"}, mode: "meeting", status: "held"}}},
		{"an earlier attempt at talks is tried", "Sudanese army chief Abdel Fattah al-Burhan met U.S. envoy Tom Perriello in Port Sudan on Monday. RSF commander Mohamed Hamdan Dagalo held talks with Kenyan President William Ruto in Nairobi in January. A previous attempt at face-to-face talks collapsed in December.", pub,
			[]contactWant{
				{names: []string{"Abdel Fattah al-Burhan", "Tom Perriello"}, mode: "meeting", status: "held"},
				{names: []string{"Mohamed Hamdan Dagalo", "William Ruto"}, mode: "meeting", status: "held", date: "2023-01"}}},
		{"a bid for direct talks is tried", "Ukrainian President Volodymyr Zelensky made a bid for direct talks with Russian President Vladimir Putin.", pub, nil},
		{"met in a bid to end the war is held", "Ukrainian President Volodymyr Zelensky met U.S. President Joe Biden in a bid to end the war.", pub,
			[]contactWant{{names: []string{"Volodymyr Zelensky", "Joe Biden"}, mode: "meeting", status: "held"}}},
		{"both A and B attended a summit", "Both Russian President Vladimir Putin and Chinese President Xi Jinping attended the summit in Kazan.", pub, nil},
		{"their teams would meet", "U.S. President Joe Biden spoke with Israeli Prime Minister Benjamin Netanyahu on Tuesday. The President and the Prime Minister agreed that their teams would meet in the coming days.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Benjamin Netanyahu"}, mode: "unspecified", status: "held"}}},
		{"X and his delegation met Y is X's", "U.S. President Joe Biden and his delegation met Chinese President Xi Jinping in Bali.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "meeting", status: "held"}}},
		{"dismissed reports", "Kremlin spokesman Dmitry Peskov dismissed reports that Russian President Vladimir Putin had spoken with U.S. President Joe Biden.", pub, nil},
		{"a call that may take place", "The call between U.S. President Joe Biden and Chinese President Xi Jinping may take place next week.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "phone", status: "proposed"}}},
		{"a call that could take place", "Officials said a call between U.S. President Joe Biden and Chinese President Xi Jinping could take place next week.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "phone", status: "proposed"}}},
		{"a meeting that is possible", "A meeting between U.S. President Joe Biden and Chinese President Xi Jinping is possible later this year, officials said.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "meeting", status: "proposed"}}},
		{"a call being planned", "A call between U.S. President Joe Biden and Chinese President Xi Jinping was being planned, officials said.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "phone", status: "scheduled"}}},
		{"a second predicate shares the first one's will", "Ukrainian President Volodymyr Zelensky will meet with lawmakers during his visit, and then hold talks with U.S. President Joe Biden.", pub,
			[]contactWant{{names: []string{"Volodymyr Zelensky", "Joe Biden"}, mode: "meeting", status: "scheduled"}}},
		{"a second predicate in the past stays held", "Ukrainian President Volodymyr Zelensky will address Congress on Thursday after he met with lawmakers and then held talks with U.S. President Joe Biden on Wednesday.", pub,
			[]contactWant{{names: []string{"Volodymyr Zelensky", "Joe Biden"}, mode: "meeting", status: "held"}}},
		{"a meeting not ruled out is possible", "A meeting between U.S. President Joe Biden and Chinese President Xi Jinping has not been ruled out.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "meeting", status: "proposed"}}},
		{"a summit that could come", "A summit between U.S. President Joe Biden and Chinese President Xi Jinping could come as early as November.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "meeting", status: "proposed"}}},
		{"are to hold talks", "U.S. President Joe Biden and Chinese President Xi Jinping are to hold talks in San Francisco.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "meeting", status: "scheduled"}}},
		{"no meeting scheduled", "No meeting between U.S. President Joe Biden and Chinese President Xi Jinping has been scheduled.", pub, nil},
		{"hoping to meet", "Hungarian Prime Minister Viktor Orban flew to Moscow hoping to meet Russian President Vladimir Putin.", pub,
			[]contactWant{{names: []string{"Viktor Orban", "Vladimir Putin"}, mode: "meeting", status: "proposed"}}},
		{"was supposed to meet", "U.S. President Joe Biden was supposed to meet Chinese President Xi Jinping in Bali but fell ill.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "meeting", status: "cancelled"}}},
		{"had been due to meet, but", "U.S. President Joe Biden had been due to meet Australian Prime Minister Anthony Albanese in Sydney, but the trip was cut short.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Anthony Albanese"}, mode: "meeting", status: "cancelled"}}},
		{"tried to call", "Ukrainian President Volodymyr Zelensky tried to call Russian President Vladimir Putin in 2019.", pub, nil},
		{"a meeting that will take place", "The meeting between Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin will take place in Sochi.", pub,
			[]contactWant{{names: []string{"Recep Tayyip Erdogan", "Vladimir Putin"}, mode: "meeting", status: "scheduled"}}},
		// near misses: contacts all the same
		{"a denial of something else at a meeting", "Russian Foreign Minister Sergei Lavrov denied the accusations during talks with Chinese Foreign Minister Qin Gang on Monday.", pub,
			[]contactWant{{names: []string{"Sergey Lavrov", "Qin Gang"}, mode: "meeting", status: "held"}}},
		{"a meeting that produced no deal", "The meeting between Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin did not produce a deal.", pub,
			[]contactWant{{names: []string{"Recep Tayyip Erdogan", "Vladimir Putin"}, mode: "meeting", status: "held"}}},
		{"talked to reporters after meeting", "Ukrainian President Volodymyr Zelensky spoke to reporters after meeting British Prime Minister Rishi Sunak.", pub,
			[]contactWant{{names: []string{"Volodymyr Zelensky", "Rishi Sunak"}, mode: "meeting", status: "held"}}},
		{"told in a phone call", "Turkish President Recep Tayyip Erdogan told Russian President Vladimir Putin in a phone call on Sunday that a ceasefire was needed.", pub,
			[]contactWant{{names: []string{"Recep Tayyip Erdogan", "Vladimir Putin"}, mode: "phone", status: "held"}}},
		{"said he had spoken", "German Chancellor Olaf Scholz said he had spoken with Russian President Vladimir Putin for an hour on Friday.", pub,
			[]contactWant{{names: []string{"Olaf Scholz", "Vladimir Putin"}, mode: "unspecified", status: "held"}}},
		{"ready to meet", "Ukrainian President Volodymyr Zelensky said he was ready to meet Russian President Vladimir Putin.", pub,
			[]contactWant{{names: []string{"Volodymyr Zelensky", "Vladimir Putin"}, mode: "meeting", status: "proposed"}}},
		{"hopes to speak", "U.S. President Joe Biden hopes to speak with Chinese President Xi Jinping soon, the White House said.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "unspecified", status: "proposed"}}},
		{"the meeting was postponed", "The meeting between Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin was postponed.", pub,
			[]contactWant{{names: []string{"Recep Tayyip Erdogan", "Vladimir Putin"}, mode: "meeting", status: "cancelled"}}},
	}
	runContactCases(t, x, cases)
}

// TestParticipantSets covers one extra or one missing party, which costs a contact twice:
// the row with the wrong set is false and the real one is missed.
func TestParticipantSets(t *testing.T) {
	x := newExtractor(t)
	pub := "2023-03-15"
	cases := []contactCase{
		{"the host of the conference is no party", "EU foreign policy chief Josep Borrell met Iranian Foreign Minister Hossein Amir-Abdollahian in Amman, on the margins of a conference hosted by Jordan's King Abdullah.", pub,
			[]contactWant{{names: []string{"Josep Borrell", "Hossein Amir-Abdollahian"}, mode: "meeting", status: "held"}}},
		{"talks hosted by a third leader", "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti held talks hosted by French President Emmanuel Macron.", pub,
			[]contactWant{{names: []string{"Aleksandar Vucic", "Albin Kurti", "Emmanuel Macron"}, mode: "meeting", status: "held"}}},
		{"the seat of government is the place", "U.S. President Joe Biden met Israeli President Isaac Herzog at the White House on Tuesday, days after speaking with Prime Minister Benjamin Netanyahu.", pub,
			[]contactWant{
				{names: []string{"Joe Biden", "Isaac Herzog"}, mode: "meeting", status: "held"},
				{names: []string{"Joe Biden", "Benjamin Netanyahu"}, mode: "unspecified", status: "held"}}},
		{"the person talked about is no party", "U.S. President Joe Biden spoke with Israeli Prime Minister Benjamin Netanyahu about Hamas leader Yahya Sinwar on Tuesday.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Benjamin Netanyahu"}, mode: "unspecified", status: "held"}}},
		{"the source is no party", "Chinese Foreign Minister Qin Gang met U.S. Secretary of State Antony Blinken on Sunday, Xinhua reported.", pub,
			[]contactWant{{names: []string{"Qin Gang", "Antony Blinken"}, mode: "meeting", status: "held"}}},
		{"the ministry that tells is no party", "In a statement, the Chinese Foreign Ministry said Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Moscow.", pub,
			[]contactWant{{names: []string{"Wang Yi", "Sergey Lavrov"}, mode: "meeting", status: "held"}}},
		{"the spokesman who tells is no party", "White House National Security Council spokesman John Kirby told reporters that U.S. President Joe Biden would speak with Chinese President Xi Jinping.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "unspecified", status: "scheduled"}}},
		{"the person congratulated on is no party", "U.S. President Joe Biden called Brazilian President Luiz Inacio Lula da Silva to congratulate him on his election victory over Jair Bolsonaro.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Luiz Inacio Lula da Silva"}, mode: "phone", status: "held"}}},
		{"who calls for talks between two is no party", "French President Emmanuel Macron called for talks between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky.", pub,
			[]contactWant{{names: []string{"Vladimir Putin", "Volodymyr Zelensky"}, mode: "meeting", status: "proposed"}}},
		{"who offers to host talks between two is no party", "Turkish President Recep Tayyip Erdogan has offered to host talks between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky.", pub,
			[]contactWant{{names: []string{"Vladimir Putin", "Volodymyr Zelensky"}, mode: "meeting", status: "proposed"}}},
		{"who attends a meeting involving two is a party", "Ethiopian Prime Minister Abiy Ahmed attended a trilateral meeting in Asmara on Sunday involving Eritrean President Isaias Afwerki and Somali President Mohamed Abdullahi Mohamed.", pub,
			[]contactWant{{names: []string{"Abiy Ahmed", "Isaias Afwerki", "Mohamed Abdullahi Mohamed"}, mode: "meeting", status: "held"}}},
		{"a meeting with unnamed people, a leader talked about", "Japanese Prime Minister Fumio Kishida said at a meeting with business leaders that Chinese President Xi Jinping should visit.", pub, nil},
		{"a body's own session is no contact with it", "Russian President Vladimir Putin chaired a meeting of the Security Council, discussing French President Emmanuel Macron's remarks.", pub, nil},
		{"who prepares for a meeting between two is no party", "The Kremlin said it was preparing for a meeting between Russian President Vladimir Putin and Chinese President Xi Jinping.", pub,
			[]contactWant{{names: []string{"Vladimir Putin", "Xi Jinping"}, mode: "meeting", status: "scheduled"}}},
		{"the spokesman who tells after unnamed officials is no party", "U.S. Secretary of State Antony Blinken is expected to raise the issue in discussions with Chinese officials, spokesman Ned Price said.", pub, nil},
		{"aides of a titled person are not the person", "German Foreign Minister Annalena Baerbock was in a meeting with aides of Secretary of State Antony Blinken on Friday.", pub, nil},
		{"the family of a person is not the person", "U.S. President Joe Biden met with the family of Evan Gershkovich at the White House.", pub, nil},
		{"an interview with a network's journalist", "Israeli Prime Minister Benjamin Netanyahu said in an interview with Axios' Jonathan Swan that a deal was possible.", pub, nil},
		{"a journalist met", "Russian President Vladimir Putin met with journalist Tucker Carlson at the Kremlin.", pub, nil},
		{"the envoy of a person is the party", "Ukrainian President Volodymyr Zelensky spoke with Pope Francis's envoy Cardinal Matteo Zuppi in Kyiv.", pub,
			[]contactWant{{names: []string{"Volodymyr Zelensky", "Matteo Zuppi"}, mode: "unspecified", status: "held"}}},
		{"welcoming a leader's decision is no contact", "U.S. President Joe Biden welcomed Turkish President Recep Tayyip Erdogan's decision to approve Sweden's bid.", pub, nil},
	}
	runContactCases(t, x, cases)
}

// TestSameSitting covers a pronoun pair told, undated, to do more in the sitting just
// reported: the same contact, not one more scheduled.
func TestSameSitting(t *testing.T) {
	x := newExtractor(t)
	pub := "2023-06-17"
	cases := []contactCase{
		{"a press conference after the talks", "Saudi Foreign Minister Prince Faisal bin Farhan held talks with Iranian Foreign Minister Hossein Amirabdollahian in Tehran on Saturday. The two ministers are going to hold a joint press conference.", pub,
			[]contactWant{{names: []string{"Faisal bin Farhan", "Hossein Amirabdollahian"}, mode: "meeting", status: "held"}}},
		{"one day written two ways is one contact", "U.S. Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on June 12. After meeting Xi on Monday, Blinken said ties had stabilised.", "2023-06-14",
			[]contactWant{{names: []string{"Antony Blinken", "Xi Jinping"}, mode: "meeting", status: "held", date: "2023-06-12"}}},
		{"two days are two contacts", "U.S. Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on June 12. After meeting Xi on Tuesday, Blinken said ties had stabilised.", "2023-06-14",
			[]contactWant{
				{names: []string{"Antony Blinken", "Xi Jinping"}, mode: "meeting", status: "held", date: "2023-06-12"},
				{names: []string{"Antony Blinken", "Xi Jinping"}, mode: "meeting", status: "held", date: "2023-06-13"}}},
		{"another person's talks lend the contact before nothing", "Rice has spoken with incoming National Security Adviser James Jones, Secretary of State Condoleezza Rice said. Israel on Thursday dispatched senior Defense Ministry official Amos Gilad to Cairo, and Gilad was continuing talks in Cairo.", "2009-01-16",
			[]contactWant{{names: []string{"Condoleezza Rice", "James Jones"}, mode: "unspecified", status: "held"}}},
		{"agreed to meet again is one more", "Saudi Foreign Minister Prince Faisal bin Farhan held talks with Iranian Foreign Minister Hossein Amirabdollahian in Tehran on Saturday. The two ministers will meet again in Riyadh.", pub,
			[]contactWant{
				{names: []string{"Faisal bin Farhan", "Hossein Amirabdollahian"}, mode: "meeting", status: "held"},
				{names: []string{"Faisal bin Farhan", "Hossein Amirabdollahian"}, mode: "meeting", status: "scheduled"}}},
		{"a meeting after a call is one more", "Russian President Vladimir Putin spoke by phone with Turkish President Recep Tayyip Erdogan on Friday. The two also agreed to meet in person.", pub,
			[]contactWant{
				{names: []string{"Vladimir Putin", "Recep Tayyip Erdogan"}, mode: "phone", status: "held"},
				{names: []string{"Vladimir Putin", "Recep Tayyip Erdogan"}, mode: "meeting", status: "scheduled"}}},
	}
	runContactCases(t, x, cases)
}
