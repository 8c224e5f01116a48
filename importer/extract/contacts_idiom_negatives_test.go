package extract_test

import "testing"

// TestNewsIdiomNegatives covers idioms of news copy that put a contact word beside two
// named people without any contact between them: appeals, demands, criticism met,
// deadlines met, refusals, interviews, conferences, aides, sports and business.
func TestNewsIdiomNegatives(t *testing.T) {
	x := newExtractor(t)
	pub := "2023-03-15"
	cases := []contactCase{
		{"called on to resign", "Opposition leader Keir Starmer called on British Prime Minister Rishi Sunak to resign.", pub, nil},
		{"a call for a ceasefire", "French President Emmanuel Macron's call for a ceasefire was rejected by Israeli Prime Minister Benjamin Netanyahu.", pub, nil},
		{"met with criticism", "German Chancellor Olaf Scholz's plan met with criticism from French President Emmanuel Macron.", pub, nil},
		{"a leader met with criticism", "Hungarian Prime Minister Viktor Orban met with criticism from European Commission President Ursula von der Leyen.", pub, nil},
		{"met the deadline", "Greek Prime Minister Kyriakos Mitsotakis met the deadline set by European Commission President Ursula von der Leyen.", pub, nil},
		{"will not meet, a spokesman said", "U.S. President Joe Biden will not meet Chinese President Xi Jinping, his spokesman said.", pub, nil},
		{"no need to talk", "Russian President Vladimir Putin said there was no need to talk to Ukrainian President Volodymyr Zelensky.", pub, nil},
		{"ruled out a meeting", "Israeli Prime Minister Benjamin Netanyahu ruled out a meeting with Palestinian President Mahmoud Abbas.", pub, nil},
		{"have never met", "Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky have never met.", pub, nil},
		{"told reporters that another", "U.S. President Joe Biden told reporters that Chinese President Xi Jinping was a dictator.", pub, nil},
		{"speaking on a network", "Ukrainian President Volodymyr Zelensky, speaking on CNN, said Russian President Vladimir Putin could not be trusted.", pub, nil},
		{"phoned in to a radio show", "Former U.S. President Donald Trump phoned in to a radio show to attack U.S. President Joe Biden.", pub, nil},
		{"spoke about another", "U.S. President Joe Biden spoke about Chinese President Xi Jinping at a fundraiser.", pub, nil},
		{"talked up chances", "Former U.S. President Donald Trump talked up Florida Governor Ron DeSantis's chances.", pub, nil},
		{"visited a museum", "French President Emmanuel Macron visited the Picasso Museum in Paris.", pub, nil},
		{"received a call from voters", "U.S. Senator Bernie Sanders received a call from voters in Vermont.", pub, nil},
		{"met his wife", "Australian Prime Minister Anthony Albanese met his wife at university.", pub, nil},
		{"a final", "Roger Federer met Rafael Nadal in the final of the French Open.", pub, nil},
		{"met expectations", "Apple met expectations for the quarter, Apple Chief Executive Tim Cook said.", pub, nil},
		{"called the move", "Chinese President Xi Jinping called U.S. President Joe Biden's move a provocation.", pub, nil},
		{"called for the release", "U.S. President Joe Biden called for the release of Russian opposition leader Alexei Navalny.", pub, nil},
		{"a call to arms", "Ukrainian President Volodymyr Zelensky issued a call to arms, and Polish President Andrzej Duda answered.", pub, nil},
		{"meets the criteria", "Sweden meets the criteria for membership, NATO Secretary General Jens Stoltenberg told Turkish President Recep Tayyip Erdogan's critics.", pub, nil},
		{"spoke at a conference attended by another", "German Chancellor Olaf Scholz spoke at a conference in Munich attended by U.S. Vice President Kamala Harris.", pub, nil},
		{"addressed a rally", "Former U.S. President Donald Trump addressed a rally in Ohio, mocking U.S. President Joe Biden.", pub, nil},
		{"refused to take a call", "Russian President Vladimir Putin refused to take a call from Ukrainian President Volodymyr Zelensky.", pub, nil},
		{"talk of a meeting", "There was talk of a meeting between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky, but nothing came of it.", pub, nil},
		{"speculation about talks", "There was speculation about talks between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky.", pub, nil},
		{"the call went unanswered", "Ukrainian President Volodymyr Zelensky said his call to Russian President Vladimir Putin went unanswered.", pub, nil},
		{"a call from one to another went unanswered", "A phone call from Russian President Vladimir Putin to Ukrainian President Volodymyr Zelensky went unanswered.", pub, nil},
		{"avoided meeting", "Russian President Vladimir Putin avoided meeting Ukrainian President Volodymyr Zelensky.", pub, nil},
		{"skipped a meeting", "Chinese President Xi Jinping skipped a meeting with U.S. President Joe Biden.", pub, nil},
		{"boycotted talks", "Chinese President Xi Jinping boycotted talks with U.S. President Joe Biden.", pub, nil},
		{"did not meet at the summit", "U.S. President Joe Biden and Chinese President Xi Jinping did not meet at the summit.", pub, nil},
		{"a call from a reporter about another", "U.S. President Joe Biden took a call from a reporter about Chinese President Xi Jinping.", pub, nil},
		{"spoke with an anchor about another", "U.S. President Joe Biden spoke with CNN anchor Jake Tapper about Chinese President Xi Jinping.", pub, nil},
		// near misses: contacts all the same
		{"met with opposition leaders", "Turkish President Recep Tayyip Erdogan met with opposition leader Kemal Kilicdaroglu in Ankara.", pub,
			[]contactWant{{names: []string{"Recep Tayyip Erdogan", "Kemal Kilicdaroglu"}, mode: "meeting", status: "held"}}},
		{"avoided the topic when they met", "U.S. President Joe Biden avoided the topic when he met Chinese President Xi Jinping on Monday.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "meeting", status: "held"}}},
		{"did not speak during the meeting", "U.S. President Joe Biden did not speak during his meeting with Chinese President Xi Jinping.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "meeting", status: "held"}}},
		{"a call to a leader went ahead", "The call to Russian President Vladimir Putin went ahead on Monday, Turkish President Recep Tayyip Erdogan said.", pub,
			[]contactWant{{names: []string{"Recep Tayyip Erdogan", "Vladimir Putin"}, mode: "phone", status: "held"}}},
		// status: not held
		{"due to meet but postponed", "U.S. President Joe Biden and Chinese President Xi Jinping were due to meet on Friday, but the visit was postponed.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "meeting", status: "cancelled"}}},
		{"scheduled to meet but called off", "U.S. President Joe Biden was scheduled to meet Chinese President Xi Jinping on Friday, but the talks were called off.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "meeting", status: "cancelled"}}},
		{"due to meet, but with no cancelling", "U.S. President Joe Biden was due to meet Chinese President Xi Jinping on Friday, but officials played down hopes of a deal.", pub,
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "meeting", status: "scheduled"}}},
		{"calls grew for one to meet another", "Calls grew for British Prime Minister Rishi Sunak to meet French President Emmanuel Macron.", pub,
			[]contactWant{{names: []string{"Rishi Sunak", "Emmanuel Macron"}, mode: "meeting", status: "proposed"}}},
		{"pressed for one to meet another", "Lawmakers pressed for British Prime Minister Rishi Sunak to meet French President Emmanuel Macron.", pub,
			[]contactWant{{names: []string{"Rishi Sunak", "Emmanuel Macron"}, mode: "meeting", status: "proposed"}}},
		{"plans for one to meet another", "Officials announced plans for British Prime Minister Rishi Sunak to meet French President Emmanuel Macron in Paris.", pub,
			[]contactWant{{names: []string{"Rishi Sunak", "Emmanuel Macron"}, mode: "meeting", status: "scheduled"}}},
		{"hopes to meet", "Ukrainian President Volodymyr Zelensky hopes to meet U.S. President Joe Biden next month.", pub,
			[]contactWant{{names: []string{"Volodymyr Zelensky", "Joe Biden"}, mode: "meeting", status: "proposed"}}},
		{"the meeting was called off", "A meeting between Turkish President Recep Tayyip Erdogan and Swedish Prime Minister Ulf Kristersson was called off.", pub,
			[]contactWant{{names: []string{"Recep Tayyip Erdogan", "Ulf Kristersson"}, mode: "meeting", status: "cancelled"}}},
	}
	runContactCases(t, x, cases)
}
