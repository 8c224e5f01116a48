package extract_test

import "testing"

// TestJointOrSeparate covers the convention for several named counterparts: a meeting,
// talks or a call with them is one contact per counterpart (a visitor's round of meetings)
// unless a cue joins them: a group noun before the list, a possessive that ties the second
// to the first, a host, a summit or meal, a conference or group call.
func TestJointOrSeparate(t *testing.T) {
	x := newExtractor(t)
	meeting := func(names ...string) contactWant { return contactWant{names: names, mode: "meeting", status: "held"} }
	phone := func(names ...string) contactWant { return contactWant{names: names, mode: "phone", status: "held"} }
	cases := []contactCase{
		{"two subjects met one object", "Ursula von der Leyen and Charles Michel met Volodymyr Zelensky in Kyiv on Friday.", "",
			[]contactWant{meeting("Ursula von der Leyen", "Charles Michel", "Volodymyr Zelensky")}},
		{"met two titled objects", "Antony Blinken met Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov in Washington.", "",
			[]contactWant{meeting("Antony Blinken", "Ararat Mirzoyan"), meeting("Antony Blinken", "Jeyhun Bayramov")}},
		{"met a possessive and a titled object", "Joe Biden met Fianna Fáil's Micheál Martin and UUP leader Doug Beattie in Belfast.", "",
			[]contactWant{meeting("Joe Biden", "Micheál Martin"), meeting("Joe Biden", "Doug Beattie")}},
		{"a long object list after a group", "Joe Biden met the leaders of the five main parties, including Sinn Féin's Mary Lou McDonald and DUP leader Gavin Robinson.", "",
			[]contactWant{meeting("Joe Biden", "Mary Lou McDonald", "Gavin Robinson")}},
		{"a name far after the trigger with no list is no object", "Joe Biden met Leo Varadkar at the end of a long day of talks about trade, investment and the peace process, Micheál Martin said.", "",
			[]contactWant{meeting("Joe Biden", "Leo Varadkar")}},
		{"held talks with two is two meetings", "Olaf Scholz held talks with Nikol Pashinyan and Ilham Aliyev in Prague.", "",
			[]contactWant{meeting("Olaf Scholz", "Nikol Pashinyan"), meeting("Olaf Scholz", "Ilham Aliyev")}},
		{"a plural noun before the list makes one group", "Rustem Umerov sat with US envoys Steve Witkoff and Jared Kushner for six hours.", "",
			[]contactWant{meeting("Rustem Umerov", "Steve Witkoff", "Jared Kushner")}},
		{"a possessive ties the second to the first", "Cyril Ramaphosa met US President Joe Biden and his deputy Kamala Harris.", "",
			[]contactWant{meeting("Cyril Ramaphosa", "Joe Biden", "Kamala Harris")}},
		{"a round of a country's officials is one meeting each", "In Amman, Marise Payne met King Abdullah II, Prime Minister Bisher al-Khasawneh and Foreign Minister Ayman Safadi.", "",
			[]contactWant{meeting("Marise Payne", "Abdullah II"), meeting("Marise Payne", "Bisher al-Khasawneh"), meeting("Marise Payne", "Ayman Safadi")}},
		{"a summit with two is one", "Narendra Modi held a summit with Anthony Albanese and Fumio Kishida in Tokyo.", "",
			[]contactWant{meeting("Narendra Modi", "Anthony Albanese", "Fumio Kishida")}},
		{"talks with one, later with another", "Olaf Scholz held talks with Nikol Pashinyan and later with Ilham Aliyev.", "",
			[]contactWant{meeting("Olaf Scholz", "Nikol Pashinyan"), meeting("Olaf Scholz", "Ilham Aliyev")}},
		{"phoned two is two calls", "Emmanuel Macron phoned Olaf Scholz and Rishi Sunak on Monday.", "",
			[]contactWant{phone("Emmanuel Macron", "Olaf Scholz"), phone("Emmanuel Macron", "Rishi Sunak")}},
		{"conference call is one", "Emmanuel Macron held a conference call with Olaf Scholz and Rishi Sunak on Monday.", "",
			[]contactWant{phone("Emmanuel Macron", "Olaf Scholz", "Rishi Sunak")}},
		{"group call is one", "Emmanuel Macron joined a group call with Olaf Scholz and Rishi Sunak.", "",
			[]contactWant{phone("Emmanuel Macron", "Olaf Scholz", "Rishi Sunak")}},
		{"talks in two countries are apart", "Lloyd Austin will travel to India and Vietnam, where he will hold talks with Rajnath Singh and Phan Van Giang.", "",
			[]contactWant{{[]string{"Lloyd Austin", "Rajnath Singh"}, "meeting", "scheduled", "", ""}, {[]string{"Lloyd Austin", "Phan Van Giang"}, "meeting", "scheduled", "", ""}}},
		{"talks in one country are apart too", "Lloyd Austin will travel to India, where he will hold talks with Rajnath Singh and Subrahmanyam Jaishankar.", "",
			[]contactWant{{[]string{"Lloyd Austin", "Rajnath Singh"}, "meeting", "scheduled", "", ""}, {[]string{"Lloyd Austin", "Subrahmanyam Jaishankar"}, "meeting", "scheduled", "", ""}}},
	}
	runContactCases(t, x, cases)
}

// TestHostThem covers "them" as the object of a host in a "where" clause: the persons
// listed at the start of the sentence.
func TestHostThem(t *testing.T) {
	x := newExtractor(t)
	scheduled := func(names ...string) contactWant {
		return contactWant{names: names, mode: "meeting", status: "scheduled"}
	}
	cases := []contactCase{
		{"where C will host them", "Fumio Kishida and Yoon Suk Yeol will travel to Camp David on Friday, where Joe Biden will host them.", "",
			[]contactWant{scheduled("Fumio Kishida", "Yoon Suk Yeol", "Joe Biden")}},
		{"where C met them", "Olaf Scholz and Emmanuel Macron flew to Kyiv, where Volodymyr Zelensky met them at the station.", "",
			[]contactWant{{[]string{"Olaf Scholz", "Emmanuel Macron", "Volodymyr Zelensky"}, "meeting", "held", "", ""}}},
		{"unnamed travellers are no contact", "The foreign ministers flew to Geneva, where Sergey Lavrov will host them.", "", nil},
		{"one traveller is no list", "Fumio Kishida will travel to Camp David, where Joe Biden will host them.", "", nil},
	}
	runContactCases(t, x, cases)
}
