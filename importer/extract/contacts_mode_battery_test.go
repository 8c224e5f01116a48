package extract_test

import "testing"

// TestModeBattery covers the ways wire copy and readouts tell a contact's medium away from
// the contact word, or in other words: each text is one contact between two presidents.
func TestModeBattery(t *testing.T) {
	x := newExtractor(t)
	both := []string{"Zoran Milanovic", "Peter Pellegrini"}
	one := func(mode string) []contactWant {
		return []contactWant{{names: both, mode: mode, status: "held"}}
	}
	cases := []contactCase{
		{"in a phone conversation", "In a phone conversation on Monday, President Zoran Milanovic and Slovak President Peter Pellegrini discussed energy.", "", one("phone")},
		{"spoke over the phone", "President Zoran Milanovic and Slovak President Peter Pellegrini spoke over the phone on Monday.", "", one("phone")},
		{"told over the phone", "President Zoran Milanovic told Slovak President Peter Pellegrini over the phone on Monday that Croatia backs the plan.", "", one("phone")},
		{"assured via video link", "President Zoran Milanovic assured Slovak President Peter Pellegrini via video link on Monday that Croatia backs the plan.", "", one("video")},
		{"a call to discuss the summit", "President Zoran Milanovic and Slovak President Peter Pellegrini held a phone call on Monday to discuss the summit.", "", one("phone")},
		{"talks to discuss the meeting", "President Zoran Milanovic held talks with Slovak President Peter Pellegrini to discuss the meeting.", "", one("meeting")},
		{"the two leaders after a call", "President Zoran Milanovic and Slovak President Peter Pellegrini spoke by phone on Monday. The two leaders discussed energy.", "", one("phone")},
		{"spoke over a video link", "President Zoran Milanovic and Slovak President Peter Pellegrini spoke over a video link on Monday.", "", one("video")},
		{"met via videoconference", "President Zoran Milanovic and Slovak President Peter Pellegrini met via videoconference on Monday.", "", one("video")},
		{"hosted at a palace", "President Zoran Milanovic hosted Slovak President Peter Pellegrini at the presidential palace on Monday.", "", one("meeting")},
		{"spoke with a statement posted online", "President Zoran Milanovic spoke with Slovak President Peter Pellegrini on Monday, the presidency said in a statement posted online.", "", one("unspecified")},
		{"telephone exchange", "President Zoran Milanovic had a telephone exchange with Slovak President Peter Pellegrini on Monday.", "", one("phone")},
		{"phone contact", "President Zoran Milanovic and Slovak President Peter Pellegrini had phone contact on Monday.", "", one("phone")},
		{"a conversation on the phone", "President Zoran Milanovic had a conversation with Slovak President Peter Pellegrini on the phone on Monday.", "", one("phone")},
		{"said after the call", "President Zoran Milanovic spoke with Slovak President Peter Pellegrini on Monday, his office said in a statement after the call.", "", one("phone")},
		{"a day after the call is another", "President Zoran Milanovic met Slovak President Peter Pellegrini on Monday, a day after the call.", "", one("meeting")},
		{"a readout of the call said they discussed", "A readout of the call released by the Croatian presidency said President Zoran Milanovic and Slovak President Peter Pellegrini discussed energy.", "", one("phone")},
		{"a readout of the video call said they discussed", "A readout of the video call said President Zoran Milanovic and Slovak President Peter Pellegrini discussed energy.", "", one("video")},
		{"a readout of the talks leaves no medium", "A readout of the talks said President Zoran Milanovic and Slovak President Peter Pellegrini discussed energy.", "", one("meeting")},
		{"an exchange with no medium", "President Zoran Milanovic and Slovak President Peter Pellegrini agreed on a prisoner exchange on Monday.", "", nil},
		{"contact with no medium", "President Zoran Milanovic said he had lost contact with Slovak President Peter Pellegrini.", "", nil},
		{"a video statement", "President Zoran Milanovic spoke with Slovak President Peter Pellegrini on Monday, the presidency said in a video statement.", "", one("unspecified")},
		{"a conference call with reporters", "President Zoran Milanovic spoke with Slovak President Peter Pellegrini on Monday and later told reporters on a conference call that talks went well.", "", one("unspecified")},
		{"spoke during a visit", "President Zoran Milanovic spoke with Slovak President Peter Pellegrini during a visit to Bratislava on Monday.", "", one("meeting")},
		{"spoke on the sidelines keeps no medium", "President Zoran Milanovic and Slovak President Peter Pellegrini spoke on the sidelines of the NATO summit on Monday.", "", one("unspecified")},
		{"spoke by phone during a visit", "President Zoran Milanovic spoke by phone with Slovak President Peter Pellegrini during a visit to Paris on Monday.", "", one("phone")},
		{"spoke during another's visit", "President Zoran Milanovic spoke with Slovak President Peter Pellegrini during Macron's visit to Zagreb.", "", one("unspecified")},
		{"about a video summit", "President Zoran Milanovic spoke with Slovak President Peter Pellegrini on Monday about preparations for a video summit of European leaders next week.", "", one("unspecified")},
		{"about a topic in a video call", "President Zoran Milanovic spoke with Slovak President Peter Pellegrini about energy in a video call on Monday.", "", one("video")},
		{"via skype", "President Zoran Milanovic and Slovak President Peter Pellegrini talked via Skype on Monday.", "", one("video")},
		{"talks in a video format", "President Zoran Milanovic and Slovak President Peter Pellegrini held talks in a video format on Monday.", "", one("video")},
		{"talks in videoconference mode", "President Zoran Milanovic and Slovak President Peter Pellegrini held talks in videoconference mode on Monday.", "", one("video")},
		{"talks in a video room are no medium", "President Zoran Milanovic and Slovak President Peter Pellegrini held talks in a video room on Monday.", "", one("meeting")},
		{"telephoned", "President Zoran Milanovic telephoned Slovak President Peter Pellegrini on Monday.", "", one("phone")},
		{"dialled", "President Zoran Milanovic dialled Slovak President Peter Pellegrini on Monday.", "", one("phone")},
		{"had a call", "President Zoran Milanovic had a call with Slovak President Peter Pellegrini on Monday.", "", one("phone")},
		{"in a call", "In a call on Monday, President Zoran Milanovic told Slovak President Peter Pellegrini that Croatia backs the plan.", "", one("phone")},
		{"spoke by video link", "President Zoran Milanovic spoke by video link with Slovak President Peter Pellegrini on Monday.", "", one("video")},
		{"spoke via video link after", "President Zoran Milanovic and Slovak President Peter Pellegrini spoke via video link on Monday.", "", one("video")},
		{"virtual meeting", "President Zoran Milanovic and Slovak President Peter Pellegrini held a virtual meeting on Monday.", "", one("video")},
		{"talks via videoconference", "President Zoran Milanovic held talks via videoconference with Slovak President Peter Pellegrini on Monday.", "", one("video")},
		{"virtual summit", "President Zoran Milanovic and Slovak President Peter Pellegrini held a virtual summit on Monday.", "", one("video")},
		{"online talks", "President Zoran Milanovic and Slovak President Peter Pellegrini held online talks on Monday.", "", one("video")},
		{"met online", "President Zoran Milanovic met online with Slovak President Peter Pellegrini on Monday.", "", one("video")},
		{"video conference", "President Zoran Milanovic and Slovak President Peter Pellegrini held a video conference on Monday.", "", one("video")},
		{"call initiated by a side", "In a telephone call initiated by the Slovak side, President Zoran Milanovic and Slovak President Peter Pellegrini discussed energy.", "", one("phone")},
		{"met on the sidelines", "President Zoran Milanovic met Slovak President Peter Pellegrini on the sidelines of the NATO summit.", "", one("meeting")},
		{"talks with no medium", "President Zoran Milanovic held talks with Slovak President Peter Pellegrini on Monday.", "", one("meeting")},
		{"spoke with no medium", "President Zoran Milanovic spoke with Slovak President Peter Pellegrini on Monday.", "", one("unspecified")},
		{"exchanged views", "President Zoran Milanovic and Slovak President Peter Pellegrini exchanged views on energy on Monday.", "", one("unspecified")},
		{"telephone talks", "President Zoran Milanovic and Slovak President Peter Pellegrini held telephone talks on Monday.", "", one("phone")},
		{"talks by telephone", "President Zoran Milanovic and Slovak President Peter Pellegrini held talks by telephone on Monday.", "", one("phone")},
		{"talked on the telephone", "President Zoran Milanovic and Slovak President Peter Pellegrini talked on the telephone on Monday.", "", one("phone")},
		{"spoke by telephone after the object", "President Zoran Milanovic spoke to Slovak President Peter Pellegrini by telephone on Monday.", "", one("phone")},
		{"received a call", "President Zoran Milanovic received a call from Slovak President Peter Pellegrini on Monday.", "", one("phone")},
		{"spoke in person", "President Zoran Milanovic spoke in person with Slovak President Peter Pellegrini on Monday.", "", one("meeting")},
		{"met face to face", "President Zoran Milanovic and Slovak President Peter Pellegrini spoke face to face on Monday.", "", one("meeting")},
		{"medium in the sentence before", "President Zoran Milanovic and Slovak President Peter Pellegrini spoke by phone on Monday. During the conversation, Milanovic thanked Pellegrini for his support.", "", one("phone")},
		{"the call told after", "President Zoran Milanovic spoke with Slovak President Peter Pellegrini on Monday. The phone call lasted an hour.", "", one("phone")},
		{"visit then talks", "During his visit to Bratislava, President Zoran Milanovic and Slovak President Peter Pellegrini discussed energy.", "", one("meeting")},
		{"video call", "President Zoran Milanovic held a video call with Slovak President Peter Pellegrini on Monday.", "", one("video")},
		{"videoconference", "President Zoran Milanovic and Slovak President Peter Pellegrini held a videoconference on Monday.", "", one("video")},
		{"via zoom", "President Zoran Milanovic spoke with Slovak President Peter Pellegrini via Zoom on Monday.", "", one("video")},
		{"phone talks", "President Zoran Milanovic held phone talks with Slovak President Peter Pellegrini on Monday.", "", one("phone")},
		{"telephone conversation passive", "A telephone conversation between President Zoran Milanovic and Slovak President Peter Pellegrini took place on Monday.", "", one("phone")},
		{"conversation with no medium", "President Zoran Milanovic had a conversation with Slovak President Peter Pellegrini on Monday.", "", one("unspecified")},
		{"by phone first", "By phone on Monday, President Zoran Milanovic told Slovak President Peter Pellegrini that Croatia backs the plan.", "", one("phone")},
		{"phone call with", "President Zoran Milanovic held a phone call with Slovak President Peter Pellegrini, the presidency said.", "", one("phone")},
	}
	runContactCases(t, x, cases)
}
