package extract_test

import "testing"

// TestRoleParticipants covers participants named by role or by "the two ..." in a later
// sentence, and aides joining an expanded meeting.
func TestRoleParticipants(t *testing.T) {
	x := newExtractor(t)
	meeting := func(names ...string) contactWant { return contactWant{names: names, mode: "meeting", status: "held"} }
	cases := []contactCase{
		{"the two envoys named in the sentence before", "Deputy Secretary of State Wendy Sherman will lead the US side and Deputy Foreign Minister Sergey Ryabkov the Russian one. The two envoys met in Geneva on Wednesday.", "",
			[]contactWant{meeting("Wendy Sherman", "Sergey Ryabkov")}},
		{"the Chancellor is the Chancellor of the Exchequer named before", "Chancellor of the Exchequer Peter Hale arrived in Paris on Sunday. The Chancellor held talks with French Finance Minister Anne Roux.", "",
			[]contactWant{meeting("Peter Hale", "Anne Roux")}},
		{"the two men with three people before is no contact", "Enrique Mora, Ali Bagheri Kani and Robert Malley arrived in Vienna. The two men met on Monday.", "", nil},
		{"delegations led by two", "The two sides' delegations, led by Wendy Sherman and Sergey Ryabkov, met in Geneva.", "",
			[]contactWant{meeting("Wendy Sherman", "Sergey Ryabkov")}},
		{"the pontiff met two leaders", "Pope Francis landed in Baghdad on Friday. The pontiff met Prime Minister Mustafa al-Kadhimi and President Barham Salih on Friday.", "",
			[]contactWant{meeting("Pope Francis", "Mustafa al-Kadhimi"), meeting("Pope Francis", "Barham Salih")}},
		{"the pope met one", "Pope Francis travelled to Najaf. There the pope met Grand Ayatollah Ali al-Sistani.", "",
			[]contactWant{meeting("Pope Francis", "Ali al-Sistani")}},
		{"aides join an expanded meeting", "Joe Biden and Xi Jinping held a one-on-one meeting first. Biden and Xi were joined by Antony Blinken and Wang Yi for an expanded meeting on Tuesday afternoon.", "",
			[]contactWant{meeting("Joe Biden", "Xi Jinping"), meeting("Joe Biden", "Xi Jinping", "Antony Blinken", "Wang Yi")}},
		{"were later joined by", "Donald Trump and Kim Jong Un met one-on-one for 40 minutes on Tuesday. Trump and Kim were later joined by Mike Pompeo and Kim Yong Chol for an expanded meeting.", "",
			[]contactWant{meeting("Donald Trump", "Kim Jong Un"), meeting("Donald Trump", "Kim Jong Un", "Mike Pompeo", "Kim Yong Chol")}},
		{"a later meeting without joining stays its own", "Donald Trump and Kim Jong Un met on Tuesday. Mike Pompeo and Kim Yong Chol later held a separate meeting.", "",
			[]contactWant{meeting("Donald Trump", "Kim Jong Un"), meeting("Mike Pompeo", "Kim Yong Chol")}},
		{"joined by aides for talks", "Emmanuel Macron and Olaf Scholz were joined by Catherine Colonna and Annalena Baerbock for talks.", "",
			[]contactWant{meeting("Emmanuel Macron", "Olaf Scholz", "Catherine Colonna", "Annalena Baerbock")}},
	}
	runContactCases(t, x, cases)
}

// TestDescribedGroup covers "the foreign ministers of A, B and C met X": the persons the
// article lists right before, when their number and countries fit; nobody is invented.
func TestDescribedGroup(t *testing.T) {
	x := newExtractor(t)
	listed := "John Kerry, Sergey Lavrov, Laurent Fabius and Wang Yi arrived in Vienna on Monday. "
	cases := []contactCase{
		{"ministers listed in the sentence before", listed + "Later, the foreign ministers of China, France, Russia and the United States met Mohammad Javad Zarif.", "",
			[]contactWant{{[]string{"John Kerry", "Sergey Lavrov", "Laurent Fabius", "Wang Yi", "Mohammad Javad Zarif"}, "meeting", "held", "", ""}}},
		{"a list of another size is no contact", "John Kerry, Sergey Lavrov and Wang Yi arrived in Vienna on Monday. Later, the foreign ministers of China, France, Russia and the United States met Mohammad Javad Zarif.", "", nil},
		{"a listed person of another country is no contact", "John Kerry, Sergey Lavrov, Mohammad Javad Zarif and Wang Yi arrived in Vienna on Monday. Later, the foreign ministers of China, France, Russia and the United States met Federica Mogherini.", "", nil},
		{"no list is no contact", "Later, the foreign ministers of China, France, Russia and the United States met Mohammad Javad Zarif.", "", nil},
	}
	runContactCases(t, x, cases)
}
