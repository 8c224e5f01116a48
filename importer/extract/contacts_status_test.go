package extract_test

import "testing"

// TestStatusAndMedium covers offers that are no contact, postponed contacts, and a
// medium named after the contact noun ("held talks by phone").
func TestStatusAndMedium(t *testing.T) {
	x := newExtractor(t)
	want := func(mode, status string, names ...string) contactWant {
		return contactWant{names: names, mode: mode, status: status}
	}
	cases := []contactCase{
		{"would be open to meeting is no contact", "Barack Obama said he would be open to meeting Nicolas Maduro.", "", nil},
		{"would be willing to talk is no contact", "Gustavo Petro said he would be willing to talk with Javier Milei.", "", nil},
		{"is open to meeting stays proposed", "Volodymyr Zelensky said he is open to meeting Vladimir Putin.", "",
			[]contactWant{want("meeting", "proposed", "Volodymyr Zelensky", "Vladimir Putin")}},
		{"would be happy to talk is no contact", "Emmanuel Macron said he would be happy to talk to Vladimir Putin.", "", nil},
		{"would love to meet is no contact", "Donald Trump said he would love to meet Kim Jong Un again.", "", nil},
		{"would like to meet is proposed", "Donald Trump said he would like to meet Kim Jong Un.", "",
			[]contactWant{want("meeting", "proposed", "Donald Trump", "Kim Jong Un")}},
		{"will be happy is no offer", "Emmanuel Macron will meet Vladimir Putin on Monday and is happy about it.", "",
			[]contactWant{want("meeting", "scheduled", "Emmanuel Macron", "Vladimir Putin")}},
		{"would welcome talks is no contact", "Nicolas Maduro said he would welcome talks with Joe Biden.", "", nil},
		{"a visit someone else announces without time is no contact", "Joe Biden said Benjamin Netanyahu would visit soon.", "", nil},
		{"asked someone for a call is proposed", "Antony Blinken asked Sergey Lavrov for a call.", "",
			[]contactWant{want("phone", "proposed", "Antony Blinken", "Sergey Lavrov")}},
		{"asked a titled person for a meeting", "Antony Blinken has asked Russian Foreign Minister Sergey Lavrov for a meeting in Geneva.", "",
			[]contactWant{want("meeting", "proposed", "Antony Blinken", "Sergey Lavrov")}},
		{"asked for a call with is proposed", "Antony Blinken asked for a call with Sergey Lavrov.", "",
			[]contactWant{want("phone", "proposed", "Antony Blinken", "Sergey Lavrov")}},
		{"asked during a call stays held", "Antony Blinken asked Sergey Lavrov during a phone call on Friday to release the journalist.", "",
			[]contactWant{want("phone", "held", "Antony Blinken", "Sergey Lavrov")}},
		{"urged someone in a call", "Emmanuel Macron urged Vladimir Putin in a phone call on Monday to allow inspectors in.", "",
			[]contactWant{want("phone", "held", "Emmanuel Macron", "Vladimir Putin")}},
		{"urged for a call is no request", "Emmanuel Macron urged Vladimir Putin for a call.", "", nil},
		{"asked for weapons is no contact", "Volodymyr Zelensky asked Donald Trump for more weapons.", "", nil},
		{"meeting was postponed", "The meeting between Joe Biden and Xi Jinping was postponed.", "",
			[]contactWant{want("meeting", "cancelled", "Joe Biden", "Xi Jinping")}},
		{"talks were called off", "Talks between Antony Blinken and Wang Yi were called off.", "",
			[]contactWant{want("meeting", "cancelled", "Antony Blinken", "Wang Yi")}},
		{"the meeting was called off", "The meeting between Joe Biden and Xi Jinping was called off on Monday.", "",
			[]contactWant{want("meeting", "cancelled", "Joe Biden", "Xi Jinping")}},
		{"postponed a decision after a meeting is held", "Joe Biden met Xi Jinping and postponed a decision on tariffs.", "",
			[]contactWant{want("meeting", "held", "Joe Biden", "Xi Jinping")}},
		{"held talks by phone", "Marco Rubio and Wang Yi held talks by phone on Friday.", "",
			[]contactWant{want("phone", "held", "Marco Rubio", "Wang Yi")}},
		{"talks over the phone", "Keir Starmer held talks with Donald Trump over the phone.", "",
			[]contactWant{want("phone", "held", "Keir Starmer", "Donald Trump")}},
		{"talks via video link", "Narendra Modi held talks with Anthony Albanese via video link.", "",
			[]contactWant{want("video", "held", "Narendra Modi", "Anthony Albanese")}},
		{"talks in person stay a meeting", "Narendra Modi held talks with Anthony Albanese in Delhi.", "",
			[]contactWant{want("meeting", "held", "Narendra Modi", "Anthony Albanese")}},
		{"call then talks on the same day are one call", "Marco Rubio and Wang Yi held a phone call on Friday. The talks covered trade.", "",
			[]contactWant{want("phone", "held", "Marco Rubio", "Wang Yi")}},
		{"expected to meet without a date is proposed", "Joe Biden is expected to meet Xi Jinping, though no date had been set.", "",
			[]contactWant{want("meeting", "proposed", "Joe Biden", "Xi Jinping")}},
		{"will meet next week is scheduled", "Joe Biden will meet Xi Jinping next week.", "",
			[]contactWant{want("meeting", "scheduled", "Joe Biden", "Xi Jinping")}},
		{"has not spoken since a month is no contact", "Joe Biden has not spoken to Xi Jinping since November.", "", nil},
		{"held a meeting stays held before a planned press conference", "Ali Sabry held a meeting with his Thai counterpart Don Pramudwinai at the ministry. The two ministers are going to hold a joint press conference.", "",
			[]contactWant{want("meeting", "held", "Ali Sabry", "Don Pramudwinai"), want("meeting", "scheduled", "Ali Sabry", "Don Pramudwinai")}},
		{"agreed in talks is a held contact", "Pham Minh Chinh and his Japanese counterpart Shigeru Ishiba agreed in talks on Saturday to expand trade.", "2024-11-08",
			[]contactWant{{[]string{"Pham Minh Chinh", "Shigeru Ishiba"}, "meeting", "held", "2024-11-02", "Saturday"}}},
		{"discussed with someone in a call takes the call's medium and date", "Volodymyr Zelensky discussed air defence with Mark Rutte in a call on Sunday.", "2024-11-08",
			[]contactWant{{[]string{"Volodymyr Zelensky", "Mark Rutte"}, "phone", "held", "2024-11-03", "Sunday"}}},
		{"a courtesy call on a person is a meeting", "Cyril Ramaphosa paid a courtesy call on Kenyan President William Ruto on Monday.", "",
			[]contactWant{want("meeting", "held", "Cyril Ramaphosa", "William Ruto")}},
		{"closed the door on meeting is no contact", "Hassan Rouhani on Wednesday closed the door on meeting Donald Trump.", "", nil},
		{"ruled out a meeting is no contact", "Volodymyr Zelensky ruled out a meeting with Vladimir Putin.", "", nil},
		{"has not ruled out a meeting stays proposed", "Volodymyr Zelensky has not ruled out a meeting with Vladimir Putin, which could take place in Istanbul.", "",
			[]contactWant{want("meeting", "proposed", "Volodymyr Zelensky", "Vladimir Putin")}},
		{"attending the summit joins nothing", "Joe Biden and Xi Jinping met in Bali on Monday. Narendra Modi attended the summit.", "",
			[]contactWant{want("meeting", "held", "Joe Biden", "Xi Jinping")}},
	}
	runContactCases(t, x, cases)
}
