package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// houseReadout is one made-up whole readout in a government's house style: its title, its
// dateline, its body, the day it was published, the contacts it reports (any order) and
// the quotations with their speakers (in order; nil checks none).
type houseReadout struct {
	name, title, dateline, text, published string
	want                                   []contactWant
	quotes                                 []quoteWant
}

// TestHouseStyleReadouts covers whole official readouts as each government writes them,
// and wire copy that quotes one: the publisher is no party, "stay in close touch" is no
// new contact, "looked forward to meeting" is a proposed one, and the date may stand only
// in the title, the dateline's day or "today" of the publication date. Articles of
// Tuesday 2026-03-03 unless the case says otherwise.
func TestHouseStyleReadouts(t *testing.T) {
	x := newExtractor(t)
	const tue = "2026-03-03"
	cases := []houseReadout{
		// The White House.
		{name: "white house readout title and spoke today", title: "Readout of President Daniel Harlow's Call with Prime Minister Mirela Vasic of Croatia",
			text: "President Daniel Harlow spoke today with Prime Minister Mirela Vasic of Croatia. The leaders discussed energy security and support for Ukraine.\n\nThe leaders agreed to stay in close touch.", published: tue,
			want: []contactWant{{names: []string{"Daniel Harlow", "Mirela Vasic"}, mode: "phone", status: "held", date: tue}}},
		{name: "white house readout welcomes the other leader's leadership", title: "Readout of President Daniel Harlow's Call with Prime Minister Mirela Vasic of Croatia",
			text: "President Daniel Harlow spoke today with Prime Minister Mirela Vasic of Croatia to congratulate her on her election victory. President Harlow also welcomed the Prime Minister's leadership on energy.", published: tue,
			want: []contactWant{{names: []string{"Daniel Harlow", "Mirela Vasic"}, mode: "phone", status: "held", date: tue}}},
		{name: "white house title names the call, the body spoke", title: "Readout of President Daniel Harlow's Call with President Tomas Lindqvist of Finland",
			text: "President Daniel Harlow spoke with President Tomas Lindqvist of Finland on Monday. The two leaders discussed Arctic security.\n\nThey looked forward to meeting at the NATO summit next month.", published: tue,
			want: []contactWant{{names: []string{"Daniel Harlow", "Tomas Lindqvist"}, mode: "phone", status: "held", date: "2026-03-02"},
				{names: []string{"Daniel Harlow", "Tomas Lindqvist"}, mode: "meeting", status: "scheduled"}}},
		{name: "white house met in the oval office", title: "Readout of President Daniel Harlow's Meeting with Chancellor Ingrid Falk of Germany",
			text: "President Daniel Harlow met today with Chancellor Ingrid Falk of Germany at the White House. The leaders discussed trade and the war in Ukraine.", published: tue,
			want: []contactWant{{names: []string{"Daniel Harlow", "Ingrid Falk"}, mode: "meeting", status: "held", date: tue}}},
		{name: "white house vice president", title: "Readout of Vice President Sarah Whitcombe's Call with President Ana Moreira of Brazil",
			text: "Vice President Sarah Whitcombe spoke today with President Ana Moreira of Brazil. The Vice President reaffirmed the strong partnership between the United States and Brazil.", published: tue,
			want: []contactWant{{names: []string{"Sarah Whitcombe", "Ana Moreira"}, mode: "phone", status: "held", date: tue}}},
		{name: "white house video call", title: "Readout of President Daniel Harlow's Virtual Meeting with Prime Minister Kenji Arakawa of Japan",
			text: "President Daniel Harlow held a virtual meeting today with Prime Minister Kenji Arakawa of Japan. The leaders reviewed their alliance.", published: tue,
			want: []contactWant{{names: []string{"Daniel Harlow", "Kenji Arakawa"}, mode: "video", status: "held", date: tue}}},

		// The State Department.
		{name: "state department attributable to the spokesperson", title: "Secretary Paul Brennan's Call with Egyptian Foreign Minister Karim Shawky",
			text: "The below is attributable to Spokesperson Laura Quinn:\n\nSecretary Paul Brennan spoke with Egyptian Foreign Minister Karim Shawky today. The Secretary and Foreign Minister discussed efforts to secure a ceasefire in Gaza.", published: tue,
			want: []contactWant{{names: []string{"Paul Brennan", "Karim Shawky"}, mode: "phone", status: "held", date: tue}}},
		{name: "state department meeting", title: "Secretary Paul Brennan's Meeting with Indian External Affairs Minister Ravi Menon",
			text: "The below is attributable to Spokesperson Laura Quinn:\n\nSecretary Paul Brennan met with Indian External Affairs Minister Ravi Menon today in Washington. The Secretary underscored the importance of the U.S.-India partnership.", published: tue,
			want: []contactWant{{names: []string{"Paul Brennan", "Ravi Menon"}, mode: "meeting", status: "held", date: tue}}},
		{name: "state department deputy secretary by phone", title: "Deputy Secretary Alan Ortiz's Call with Philippine Foreign Secretary Maria Santos",
			text: "The below is attributable to Spokesperson Laura Quinn:\n\nDeputy Secretary Alan Ortiz spoke by phone with Philippine Foreign Secretary Maria Santos on March 2. They discussed maritime security in the South China Sea.", published: tue,
			want: []contactWant{{names: []string{"Alan Ortiz", "Maria Santos"}, mode: "phone", status: "held", date: "2026-03-02"}}},
		{name: "state department the two agreed to remain in contact", title: "Secretary Paul Brennan's Call with Turkish Foreign Minister Emre Kaya",
			text: "Secretary Paul Brennan spoke with Turkish Foreign Minister Emre Kaya today. The Secretary and Foreign Minister agreed to remain in close contact.", published: tue,
			want: []contactWant{{names: []string{"Paul Brennan", "Emre Kaya"}, mode: "phone", status: "held", date: tue}}},

		// The Kremlin.
		{name: "kremlin telephone conversation with a president", title: "Telephone conversation with President of France Emmanuel Macron",
			text: "Vladimir Putin had a telephone conversation with President of France Emmanuel Macron.\n\nThe leaders discussed the situation in Ukraine. It was agreed to continue contacts.", published: tue,
			want: []contactWant{{names: []string{"Vladimir Putin", "Emmanuel Macron"}, mode: "phone", status: "held"}}},
		{name: "kremlin at the other side's initiative", title: "Telephone conversation with President of Turkey Recep Tayyip Erdogan",
			text: "At the Turkish side's initiative, Vladimir Putin had a telephone conversation with President of the Republic of Turkey Recep Tayyip Erdogan.\n\nThe two leaders discussed the grain deal.", published: tue,
			want: []contactWant{{names: []string{"Vladimir Putin", "Recep Tayyip Erdogan"}, mode: "phone", status: "held"}}},
		{name: "kremlin conversation with the president of a state's formal name", title: "Telephone conversation with President of France Claire Vautrin",
			text: "Vladimir Putin had a telephone conversation with President of the French Republic Claire Vautrin.\n\nThe situation in Ukraine was discussed in detail.", published: tue,
			want: []contactWant{{names: []string{"Vladimir Putin", "Claire Vautrin"}, mode: "phone", status: "held"}}},
		{name: "kremlin own leader by the state's formal name", title: "Meeting with Federal Chancellor of Germany Lukas Brenner",
			text: "President of the Russian Federation Vladimir Putin met Federal Chancellor of the Federal Republic of Germany Lukas Brenner.", published: tue,
			want: []contactWant{{names: []string{"Vladimir Putin", "Lukas Brenner"}, mode: "meeting", status: "held"}}},
		{name: "kremlin talks in the kremlin", title: "Talks with President of Kazakhstan Kassym-Jomart Tokayev",
			text: "Vladimir Putin held talks in the Kremlin with President of Kazakhstan Kassym-Jomart Tokayev, who is in Russia on a state visit.\n\nThe talks began in a restricted format.", published: tue,
			want: []contactWant{{names: []string{"Vladimir Putin", "Kassym-Jomart Tokayev"}, mode: "meeting", status: "held"}}},
		{name: "kremlin meeting with a minister", title: "Meeting with Foreign Minister of India Ravi Menon",
			text: "Vladimir Putin met with Minister of External Affairs of India Ravi Menon, who is in Moscow on a working visit.", published: tue,
			want: []contactWant{{names: []string{"Vladimir Putin", "Ravi Menon"}, mode: "meeting", status: "held"}}},
		{name: "kremlin video call", title: "Meeting with President of China Xi Jinping via videoconference",
			text: "Vladimir Putin and President of the People's Republic of China Xi Jinping held talks via videoconference.", published: tue,
			want: []contactWant{{names: []string{"Vladimir Putin", "Xi Jinping"}, mode: "video", status: "held"}}},

		// China's foreign ministry.
		{name: "mfa holds phone call and reported speech", title: "Wang Yi Holds Phone Call with Croatian Foreign Minister Tonko Radic",
			text: "On the afternoon of March 2, Foreign Minister Wang Yi held a phone call with Croatian Foreign Minister Tonko Radic.\n\nWang Yi said that China and Croatia enjoy a traditional friendship.\n\nTonko Radic said that Croatia adheres to the one-China policy.", published: tue,
			want: []contactWant{{names: []string{"Wang Yi", "Tonko Radic"}, mode: "phone", status: "held", date: "2026-03-02"}}},
		{name: "mfa meets with in beijing", title: "Wang Yi Meets with Slovak Foreign Minister Juraj Blanar",
			text: "On March 3, Foreign Minister Wang Yi met with Slovak Foreign Minister Juraj Blanar in Beijing.\n\nWang Yi said China is willing to work with Slovakia.", published: tue,
			want: []contactWant{{names: []string{"Wang Yi", "Juraj Blanar"}, mode: "meeting", status: "held", date: tue}}},
		{name: "mfa talks by video", title: "Wang Yi Holds Video Call with Brazilian Foreign Minister Paulo Teixeira",
			text: "On the evening of March 2, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held a video call with Brazilian Foreign Minister Paulo Teixeira.", published: tue,
			want: []contactWant{{names: []string{"Wang Yi", "Paulo Teixeira"}, mode: "video", status: "held", date: "2026-03-02"}}},
		{name: "mfa xi talks by phone", title: "Xi Jinping Speaks with French President Emmanuel Macron on the Phone",
			text: "On the evening of March 2, President Xi Jinping spoke with French President Emmanuel Macron on the phone.\n\nXi Jinping pointed out that China and France are both permanent members of the Security Council.", published: tue,
			want: []contactWant{{names: []string{"Xi Jinping", "Emmanuel Macron"}, mode: "phone", status: "held", date: "2026-03-02"}}},

		// India's MEA and PMO.
		{name: "pmo telephone conversation", title: "PM's telephone conversation with President of Finland",
			text: "Prime Minister Narendra Modi had a telephone conversation today with President of Finland Tomas Lindqvist.\n\nThe two leaders reviewed the progress in bilateral relations.", published: tue,
			want: []contactWant{{names: []string{"Narendra Modi", "Tomas Lindqvist"}, mode: "phone", status: "held", date: tue}}},
		{name: "pmo received a telephone call from", title: "PM receives telephone call from President of Brazil",
			text: "Prime Minister Narendra Modi received a telephone call today from President of Brazil Ana Moreira.\n\nThe leaders agreed to remain in touch.", published: tue,
			want: []contactWant{{names: []string{"Narendra Modi", "Ana Moreira"}, mode: "phone", status: "held", date: tue}}},
		{name: "mea external affairs minister held talks", title: "External Affairs Minister's visit to Egypt",
			text: "External Affairs Minister Ravi Menon held talks with Egyptian Foreign Minister Karim Shawky in Cairo on 2 March 2026.\n\nThe ministers reviewed bilateral cooperation.", published: tue,
			want: []contactWant{{names: []string{"Ravi Menon", "Karim Shawky"}, mode: "meeting", status: "held", date: "2026-03-02"}}},
		{name: "pmo invited to visit is proposed", title: "PM speaks with Prime Minister of Croatia",
			text: "Prime Minister Narendra Modi spoke with Prime Minister Mirela Vasic of Croatia today.\n\nPrime Minister Modi invited Prime Minister Vasic to visit India at a mutually convenient time.", published: tue,
			want: []contactWant{{names: []string{"Narendra Modi", "Mirela Vasic"}, mode: "unspecified", status: "held", date: tue},
				{names: []string{"Narendra Modi", "Mirela Vasic"}, mode: "meeting", status: "proposed"}}},

		// The United Kingdom.
		{name: "uk unnamed prime minister is no named party", title: "PM call with President Tomas Lindqvist of Finland: 2 March 2026",
			text: "The Prime Minister spoke to President Tomas Lindqvist of Finland this afternoon.\n\nThe leaders discussed the security of the Baltic Sea.", published: tue,
			want: nil},
		{name: "uk named pm and a downing street spokesperson", title: "PM call with President Ana Moreira: 2 March 2026",
			text: "Prime Minister Helen Ashdown spoke to President Ana Moreira of Brazil.\n\nA Downing Street spokesperson said: \"The leaders agreed to work together on climate finance ahead of the summit.\"", published: tue,
			want:   []contactWant{{names: []string{"Helen Ashdown", "Ana Moreira"}, mode: "phone", status: "held", date: "2026-03-02"}},
			quotes: []quoteWant{{"The leaders agreed to work together on climate finance ahead of the summit.", "Downing Street"}}},
		{name: "uk foreign secretary met", title: "Foreign Secretary meets Egyptian Foreign Minister: 3 March 2026",
			text: "Foreign Secretary James Holloway met Egyptian Foreign Minister Karim Shawky in London today.\n\nThey discussed the humanitarian situation in Gaza.", published: tue,
			want: []contactWant{{names: []string{"James Holloway", "Karim Shawky"}, mode: "meeting", status: "held", date: tue}}},

		// Japan's foreign ministry.
		{name: "japan summit meeting with a clock time", title: "Japan-India Summit Meeting",
			text: "On March 3, commencing at 10:30 a.m. for approximately 40 minutes, Mr. Kenji Arakawa, Prime Minister of Japan, held a summit meeting with Mr. Narendra Modi, Prime Minister of India.", published: tue,
			want: []contactWant{{names: []string{"Kenji Arakawa", "Narendra Modi"}, mode: "meeting", status: "held", date: tue}}},
		{name: "japan telephone talk", title: "Japan-Finland Summit Telephone Talk",
			text: "On March 2, commencing at 6:00 p.m. for approximately 25 minutes, Mr. Kenji Arakawa, Prime Minister of Japan, held a summit telephone talk with H.E. Mr. Tomas Lindqvist, President of the Republic of Finland.", published: tue,
			want: []contactWant{{names: []string{"Kenji Arakawa", "Tomas Lindqvist"}, mode: "phone", status: "held", date: "2026-03-02"}}},
		{name: "japan foreign ministers meeting", title: "Japan-Egypt Foreign Ministers' Meeting",
			text: "On March 3, commencing at 2:00 p.m. for approximately 50 minutes, Mr. Hiroshi Tanabe, Minister for Foreign Affairs of Japan, held a Foreign Ministers' Meeting with H.E. Dr. Karim Shawky, Minister of Foreign Affairs of the Arab Republic of Egypt.", published: tue,
			want: []contactWant{{names: []string{"Hiroshi Tanabe", "Karim Shawky"}, mode: "meeting", status: "held", date: tue}}},

		// The Elysee and the EU.
		{name: "elysee statement following the call", title: "Statement following the call between President Emmanuel Macron and President Ana Moreira",
			text: "President Emmanuel Macron spoke this morning with President Ana Moreira of Brazil.\n\nThe two Presidents discussed the preparations for the climate conference.", published: tue,
			want: []contactWant{{names: []string{"Emmanuel Macron", "Ana Moreira"}, mode: "phone", status: "held", date: tue}}},
		{name: "eu president of the commission", title: "Statement by President Maren Holt following her phone call with President Tomas Lindqvist",
			text: "Today I had a phone call with President Tomas Lindqvist of Finland. We discussed the security of our eastern border.", published: tue,
			want: nil},
		{name: "eu council president met", title: "Remarks by President Luis Carvalho after his meeting with Prime Minister Mirela Vasic",
			text: "European Council President Luis Carvalho met Croatian Prime Minister Mirela Vasic in Brussels on Monday.\n\n\"Croatia is a reliable partner,\" Carvalho said.", published: tue,
			want:   []contactWant{{names: []string{"Luis Carvalho", "Mirela Vasic"}, mode: "meeting", status: "held", date: "2026-03-02"}},
			quotes: []quoteWant{{"Croatia is a reliable partner,", "Luis Carvalho"}}},

		// Ukraine's presidency.
		{name: "zelensky had a phone conversation", title: "Volodymyr Zelensky had a phone conversation with the President of Finland",
			text: "President of Ukraine Volodymyr Zelensky had a phone conversation with President of Finland Tomas Lindqvist.\n\nThe Head of State thanked Finland for the new defense package.", published: tue,
			want: []contactWant{{names: []string{"Volodymyr Zelensky", "Tomas Lindqvist"}, mode: "phone", status: "held"}}},
		{name: "zelensky met in kyiv", title: "President of Ukraine met with the Prime Minister of Croatia",
			text: "President Volodymyr Zelensky met with Prime Minister of Croatia Mirela Vasic, who arrived in Kyiv on a visit.\n\n\"Croatia stands with Ukraine,\" Vasic said.", published: tue,
			want:   []contactWant{{names: []string{"Volodymyr Zelensky", "Mirela Vasic"}, mode: "meeting", status: "held"}},
			quotes: []quoteWant{{"Croatia stands with Ukraine,", "Mirela Vasic"}}},
		{name: "zelensky agreed to meet is scheduled", title: "Volodymyr Zelensky spoke with the Chancellor of Germany",
			text: "Volodymyr Zelensky spoke with Chancellor of Germany Ingrid Falk.\n\nThe leaders agreed to meet in Berlin next week.", published: tue,
			want: []contactWant{{names: []string{"Volodymyr Zelensky", "Ingrid Falk"}, mode: "unspecified", status: "held"},
				{names: []string{"Volodymyr Zelensky", "Ingrid Falk"}, mode: "meeting", status: "scheduled"}}},

		// Wire copy quoting a readout.
		{name: "wire according to a kremlin readout", title: "Putin, Erdogan discuss Black Sea in phone call", dateline: "Moscow",
			text: "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan discussed shipping in the Black Sea in a phone call on Monday, according to a Kremlin readout.\n\n\"Both sides expressed interest in continuing dialogue,\" the Kremlin said.", published: tue,
			want:   []contactWant{{names: []string{"Vladimir Putin", "Recep Tayyip Erdogan"}, mode: "phone", status: "held", date: "2026-03-02"}},
			quotes: []quoteWant{{"Both sides expressed interest in continuing dialogue,", "Kremlin"}}},
		{name: "wire the white house said in a readout", title: "Harlow, Falk talk trade by phone", dateline: "Washington",
			text: "U.S. President Daniel Harlow spoke by phone with German Chancellor Ingrid Falk on Monday, the White House said in a readout.\n\nThe two leaders \"discussed the importance of open markets,\" the readout said.", published: tue,
			want: []contactWant{{names: []string{"Daniel Harlow", "Ingrid Falk"}, mode: "phone", status: "held", date: "2026-03-02"}}},
		{name: "wire china's readout and reported speech", title: "Xi tells Macron China wants peace", dateline: "Beijing",
			text: "Chinese President Xi Jinping told French President Emmanuel Macron in a phone call on Monday that China wants peace, according to a readout from China's foreign ministry.\n\n\"China has always stood on the side of peace,\" Xi said, according to the readout.", published: tue,
			want:   []contactWant{{names: []string{"Xi Jinping", "Emmanuel Macron"}, mode: "phone", status: "held", date: "2026-03-02"}},
			quotes: []quoteWant{{"China has always stood on the side of peace,", "Xi Jinping"}}},
		{name: "wire will speak is scheduled", title: "Harlow to speak with Erdogan", dateline: "Washington",
			text: "U.S. President Daniel Harlow will speak with Turkish President Recep Tayyip Erdogan on Thursday, the White House said.", published: tue,
			want: []contactWant{{names: []string{"Daniel Harlow", "Recep Tayyip Erdogan"}, mode: "unspecified", status: "scheduled", date: "2026-03-05"}}},
		{name: "wire a readout of an older date", title: "Putin, Macron spoke in 1990s-style call", dateline: "Paris",
			text: "French President Emmanuel Macron and Russian President Vladimir Putin spoke by telephone on Friday, the Elysee said in a statement.\n\nThe two presidents agreed to keep talking.", published: "1997-05-12",
			want: []contactWant{{names: []string{"Emmanuel Macron", "Vladimir Putin"}, mode: "phone", status: "held", date: "1997-05-09"}}},
		{name: "wire a 1987 summit", title: "Reagan and Gorbachev meet in Washington", dateline: "Washington",
			text: "President Ronald Reagan met Soviet leader Mikhail Gorbachev at the White House today, the first day of a three-day summit.\n\n\"We have listened to each other,\" Reagan said.", published: "1987-12-08",
			want:   []contactWant{{names: []string{"Ronald Reagan", "Mikhail Gorbachev"}, mode: "meeting", status: "held", date: "1987-12-08"}},
			quotes: []quoteWant{{"We have listened to each other,", "Ronald Reagan"}}},
		{name: "headline-only parties are no contact", title: "Readout of President Daniel Harlow's Call with Prime Minister Mirela Vasic of Croatia",
			text: "The two leaders discussed energy security and support for Ukraine. They agreed to stay in close touch.", published: tue,
			want: nil},
		{name: "kremlin prime minister of a country then the name", title: "Telephone conversation with Prime Minister of Hungary Gabor Szabo",
			text: "Vladimir Putin had a telephone conversation with Prime Minister of Hungary Gabor Szabo.\n\nThe conversation was initiated by the Hungarian side.", published: tue,
			want: []contactWant{{names: []string{"Vladimir Putin", "Gabor Szabo"}, mode: "phone", status: "held"}}},
		{name: "ukraine first person release", title: "I had a phone conversation with the Prime Minister of Croatia",
			text: "I had a phone conversation with Prime Minister of Croatia Mirela Vasic today. I thanked her for the support.", published: tue,
			want: nil},
		{name: "japan foreign ministers telephone talk", title: "Japan-Brazil Foreign Ministers' Telephone Talk",
			text: "On March 2, commencing at 8:00 p.m. for approximately 20 minutes, Mr. Hiroshi Tanabe, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Mr. Paulo Teixeira, Minister of Foreign Affairs of the Federative Republic of Brazil.", published: tue,
			want: []contactWant{{names: []string{"Hiroshi Tanabe", "Paulo Teixeira"}, mode: "phone", status: "held", date: "2026-03-02"}}},
		{name: "state department looked forward to welcoming", title: "Secretary Paul Brennan's Call with Egyptian Foreign Minister Karim Shawky",
			text: "Secretary Paul Brennan spoke today with Egyptian Foreign Minister Karim Shawky. Secretary Brennan looked forward to welcoming Foreign Minister Shawky to Washington.", published: tue,
			want: []contactWant{{names: []string{"Paul Brennan", "Karim Shawky"}, mode: "phone", status: "held", date: tue},
				{names: []string{"Paul Brennan", "Karim Shawky"}, mode: "meeting", status: "scheduled"}}},
		{name: "mea spoke on phone today", title: "PM's telephone conversation with President of Finland",
			text: "Prime Minister Narendra Modi spoke on phone today with President Tomas Lindqvist of Finland. The leaders expressed satisfaction at the progress of the India-Finland partnership.", published: tue,
			want: []contactWant{{names: []string{"Narendra Modi", "Tomas Lindqvist"}, mode: "phone", status: "held", date: tue}}},
		{name: "wire 1987 will meet again is scheduled", title: "Reagan, Gorbachev to meet in Moscow", dateline: "Washington",
			text: "Soviet leader Mikhail Gorbachev and President Ronald Reagan will meet again in Moscow next year, White House spokesman Marlin Fitzwater said.", published: "1987-12-10",
			want: []contactWant{{names: []string{"Ronald Reagan", "Mikhail Gorbachev"}, mode: "meeting", status: "scheduled"}}},
		{name: "china's side said reported speech", title: "Wang Yi Talks with Egyptian Foreign Minister Karim Shawky on the Phone",
			text: "On March 2, Foreign Minister Wang Yi talked with Egyptian Foreign Minister Karim Shawky on the phone at the request of the latter.\n\nKarim Shawky said Egypt appreciates China's position.", published: tue,
			want: []contactWant{{names: []string{"Wang Yi", "Karim Shawky"}, mode: "phone", status: "held", date: "2026-03-02"}}},
		{name: "pmo shri and the comma office", title: "PM holds telephone conversation with Prime Minister of Croatia",
			text: "The Prime Minister of India, Shri Narendra Modi, held a telephone conversation today with the Prime Minister of Croatia, Mirela Vasic.", published: tue,
			want: []contactWant{{names: []string{"Narendra Modi", "Mirela Vasic"}, mode: "phone", status: "held", date: tue}}},
		{name: "mea eam with initials", title: "EAM meets Foreign Minister of Egypt",
			text: "EAM Dr. R. Menon met Foreign Minister Karim Shawky of Egypt in New Delhi today. They discussed trade and connectivity.", published: tue,
			want: []contactWant{{names: []string{"R. Menon", "Karim Shawky"}, mode: "meeting", status: "held", date: tue}}},
		{name: "wire dateline with the day", title: "Putin, Macron discuss Ukraine", dateline: "Moscow",
			text: "MOSCOW, March 2 (Reuters) - Russian President Vladimir Putin told French President Emmanuel Macron in a phone call that Moscow wanted talks, the Kremlin said.", published: tue,
			want: []contactWant{{names: []string{"Vladimir Putin", "Emmanuel Macron"}, mode: "phone", status: "held", date: "2026-03-02"}}},
		{name: "white house readout of the call quoted", title: "Harlow and Vasic discuss energy", dateline: "Washington",
			text: "U.S. President Daniel Harlow spoke with Croatian Prime Minister Mirela Vasic on Monday.\n\n\"The leaders discussed energy security,\" the White House said in a readout of the call.", published: tue,
			want:   []contactWant{{names: []string{"Daniel Harlow", "Mirela Vasic"}, mode: "unspecified", status: "held", date: "2026-03-02"}},
			quotes: []quoteWant{{"The leaders discussed energy security,", "White House"}}},
		{name: "kremlin discussed in detail", title: "Telephone conversation with Federal Chancellor of Germany Ingrid Falk",
			text: "Vladimir Putin had a telephone conversation with Federal Chancellor of Germany Ingrid Falk.\n\nThe leaders discussed in detail the situation around Ukraine. Vladimir Putin and Ingrid Falk agreed to continue contacts.", published: tue,
			want: []contactWant{{names: []string{"Vladimir Putin", "Ingrid Falk"}, mode: "phone", status: "held"}}},
		{name: "elysee talked by phone", title: "Conversation between President Emmanuel Macron and President Volodymyr Zelensky",
			text: "The President of the Republic, Emmanuel Macron, spoke by telephone this afternoon with the President of Ukraine, Volodymyr Zelensky.", published: tue,
			want: []contactWant{{names: []string{"Emmanuel Macron", "Volodymyr Zelensky"}, mode: "phone", status: "held", date: tue}}},
		{name: "state department on the margins of a ministers' meeting", title: "Secretary Paul Brennan's Meeting with Egyptian Foreign Minister Karim Shawky",
			text: "Secretary of State Paul Brennan met with Egyptian Foreign Minister Karim Shawky today on the margins of the G20 Foreign Ministers' Meeting in Johannesburg.", published: tue,
			want: []contactWant{{names: []string{"Paul Brennan", "Karim Shawky"}, mode: "meeting", status: "held", date: tue}}},
		{name: "china premier at the great hall", title: "Li Qiang Meets with Prime Minister of Croatia Mirela Vasic",
			text: "On the afternoon of March 3, Premier Li Qiang met with Prime Minister Mirela Vasic of Croatia at the Great Hall of the People.\n\nLi Qiang said China is ready to work with Croatia.", published: tue,
			want: []contactWant{{names: []string{"Li Qiang", "Mirela Vasic"}, mode: "meeting", status: "held", date: tue}}},
		{name: "china will pay an official visit", title: "Wang Yi to Visit Egypt",
			text: "At the invitation of Egyptian Foreign Minister Karim Shawky, Foreign Minister Wang Yi will pay an official visit to Egypt from March 5 to 7, Foreign Ministry Spokesperson Mao Lin announced today.", published: tue,
			want: []contactWant{{names: []string{"Wang Yi", "Karim Shawky"}, mode: "meeting", status: "scheduled"}}},
		{name: "uk met in downing street", title: "PM meeting with Chancellor Ingrid Falk: 3 March 2026",
			text: "Prime Minister Helen Ashdown met Chancellor Ingrid Falk in Downing Street today.\n\nThe leaders discussed European security.", published: tue,
			want: []contactWant{{names: []string{"Helen Ashdown", "Ingrid Falk"}, mode: "meeting", status: "held", date: tue}}},
		{name: "japan summit meeting and dinner", title: "Japan-India Summit Meeting and Dinner",
			text: "On March 3, from 6:15 p.m. for approximately 80 minutes, Mr. Kenji Arakawa, Prime Minister of Japan, held a summit meeting and dinner with Mr. Narendra Modi, Prime Minister of India.", published: tue,
			want: []contactWant{{names: []string{"Kenji Arakawa", "Narendra Modi"}, mode: "meeting", status: "held", date: tue}}},
		{name: "ukraine president of a body then the name", title: "Volodymyr Zelensky met with the President of the European Council",
			text: "Volodymyr Zelensky held a meeting with the President of the European Council Luis Carvalho in Kyiv.", published: tue,
			want: []contactWant{{names: []string{"Volodymyr Zelensky", "Luis Carvalho"}, mode: "meeting", status: "held"}}},
		{name: "kremlin president of the united states of america", title: "Telephone conversation with President of the United States of America Daniel Harlow",
			text: "Vladimir Putin had a telephone conversation with President of the United States of America Daniel Harlow.", published: tue,
			want: []contactWant{{names: []string{"Vladimir Putin", "Daniel Harlow"}, mode: "phone", status: "held"}}},
		{name: "wire video call told to", title: "Xi tells Harlow to handle Taiwan with care", dateline: "Beijing",
			text: "Chinese leader Xi Jinping told U.S. President Daniel Harlow in a video call on Monday that Taiwan was a red line, state media said.", published: tue,
			want: []contactWant{{names: []string{"Xi Jinping", "Daniel Harlow"}, mode: "video", status: "held", date: "2026-03-02"}}},
		{name: "wire kremlin said adding", title: "Putin, Harlow hold 90-minute call", dateline: "Moscow",
			text: "Russian President Vladimir Putin and U.S. President Daniel Harlow held a 90-minute phone call on Tuesday, the Kremlin said, adding that the two leaders agreed to meet soon.", published: tue,
			want: []contactWant{{names: []string{"Vladimir Putin", "Daniel Harlow"}, mode: "phone", status: "held", date: tue},
				{names: []string{"Vladimir Putin", "Daniel Harlow"}, mode: "meeting", status: "scheduled"}}},
		{name: "kremlin at the indian side's initiative", title: "Telephone conversation with Prime Minister of India Narendra Modi",
			text: "At the Indian side's initiative, Vladimir Putin had a telephone conversation with Prime Minister of the Republic of India Narendra Modi.\n\nThe President of Russia and the Prime Minister of India agreed to maintain contacts.", published: tue,
			want: []contactWant{{names: []string{"Vladimir Putin", "Narendra Modi"}, mode: "phone", status: "held"}}},
		{name: "uk spoke to this morning", title: "PM call with President Zelensky: 3 March 2026",
			text: "Prime Minister Helen Ashdown spoke to Ukrainian President Volodymyr Zelensky this morning.\n\nThe Prime Minister reiterated the UK's steadfast support for Ukraine.", published: tue,
			want: []contactWant{{names: []string{"Helen Ashdown", "Volodymyr Zelensky"}, mode: "phone", status: "held", date: tue}}},
		{name: "pmo received a call from with shri", title: "PM receives call from Prime Minister of Japan",
			text: "The Prime Minister, Shri Narendra Modi, received a telephone call today from the Prime Minister of Japan, Kenji Arakawa.\n\nPrime Minister Arakawa conveyed his greetings.", published: tue,
			want: []contactWant{{names: []string{"Narendra Modi", "Kenji Arakawa"}, mode: "phone", status: "held", date: tue}}},
		{name: "white house hosted for a bilateral meeting", title: "Readout of President Daniel Harlow's Meeting with President Ana Moreira of Brazil",
			text: "President Daniel Harlow hosted President Ana Moreira of Brazil at the White House today for a bilateral meeting. The two leaders discussed climate and trade.", published: tue,
			want: []contactWant{{names: []string{"Daniel Harlow", "Ana Moreira"}, mode: "meeting", status: "held", date: tue}}},
		{name: "zelensky i spoke with, issued by the president", title: "Volodymyr Zelensky held talks with the Prime Minister of Japan",
			text: "President of Ukraine Volodymyr Zelensky held talks with Prime Minister of Japan Kenji Arakawa on the sidelines of the summit in Brussels.", published: tue,
			want: []contactWant{{names: []string{"Volodymyr Zelensky", "Kenji Arakawa"}, mode: "meeting", status: "held"}}},
		{name: "wire readout released later", title: "Harlow, Moreira discuss Amazon", dateline: "Washington",
			text: "President Daniel Harlow and Brazilian President Ana Moreira spoke by phone on Sunday, according to a White House readout released on Monday.", published: tue,
			want: []contactWant{{names: []string{"Daniel Harlow", "Ana Moreira"}, mode: "phone", status: "held", date: "2026-03-01"}}},
		{name: "china phone call at the request of", title: "Wang Yi Holds Phone Call with Turkish Foreign Minister Emre Kaya",
			text: "On March 2, Foreign Minister Wang Yi held a phone call with Turkish Foreign Minister Emre Kaya at the request of the latter.\n\nEmre Kaya briefed Wang Yi on Turkey's views.", published: tue,
			want: []contactWant{{names: []string{"Wang Yi", "Emre Kaya"}, mode: "phone", status: "held", date: "2026-03-02"}}},
		{name: "the publisher alone is no party", title: "Readout of the State Department's call with the Egyptian Foreign Ministry",
			text: "The State Department said Secretary Paul Brennan spoke with Egyptian Foreign Minister Karim Shawky today.", published: tue,
			want: []contactWant{{names: []string{"Paul Brennan", "Karim Shawky"}, mode: "unspecified", status: "held", date: tue}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Title: c.title, Text: c.text, Published: c.published, Dateline: c.dateline})
			checkHouseContacts(t, res, c.want)
			if c.quotes != nil {
				assertSpeakers(t, res, c.quotes)
			}
		})
	}
}

// checkHouseContacts matches each wanted contact to an unmatched extracted one with the
// same participants and mode, and reports the ones left on either side.
func checkHouseContacts(t *testing.T, res extract.Result, want []contactWant) {
	t.Helper()
	used := make([]bool, len(res.Contacts))
	for _, w := range want {
		found := false
		for i, got := range res.Contacts {
			if used[i] || sortedNames(res, got) != sortedCopy(w.names) || string(got.Mode) != w.mode {
				continue
			}
			used[i], found = true, true
			if string(got.Status) != w.status {
				t.Errorf("%s status = %s, want %s", sortedCopy(w.names), got.Status, w.status)
			}
			if w.date != "" && got.Date != w.date {
				t.Errorf("%s date = %q (%q), want %q", sortedCopy(w.names), got.Date, got.DateText, w.date)
			}
			break
		}
		if !found {
			t.Errorf("missing %s %s/%s; got %v", sortedCopy(w.names), w.mode, w.status, describe(res))
		}
	}
	for i, u := range used {
		if !u {
			t.Errorf("extra contact %v", describe(extract.Result{Actors: res.Actors, Contacts: res.Contacts[i : i+1]}))
		}
	}
}
