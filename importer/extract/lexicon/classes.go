package lexicon

import (
	"fmt"
	"strings"
)

// Class is a closed class of words of data/words.tsv. A word may belong to several
// ("called" is a judging verb, a past contact verb and a proposal cue), so the lexicon
// keeps a ClassSet for each word. Classes are numbered, not bits, so that their count is
// not bounded by a machine word (62 classes had filled 64 bits).
type Class uint16

// The word classes; wordClassOf gives their names in data/words.tsv.
const (
	Speech            Class = iota // verbs that attribute speech or writing
	States                         // plural nouns for states, not their people ("the two countries")
	Press                          // titles of journalists: no party to a contact ("Fox News host X")
	Judging                        // verbs that introduce a verdict ("called it 'a sell-out'")
	Light                          // light verbs and prepositions before a contact noun
	Past                           // contact verbs in the past tense
	Cancel                         // a contact near them is cancelled
	Negation                       // a contact word after them did not happen
	Offer                          // after "would": an offer on conditions
	Proposal                       // before a contact word: proposed
	Schedule                       // before a contact word: scheduled
	Report                         // documents that speak for their authors
	Institution                    // heads of names of places and institutions
	OrgHead                        // heads of names of organizations
	OfficialQualifier              // words between a country and "official"
	Earlier                        // a contact near them came before the story's day
	Expected                       // before "to" + a contact verb: the contact itself is due
	Tell                           // communication verbs (lemmas): a contact only with a medium or meeting in their clause
	PostNominal                    // letters after a name in a release header ("MP", "AO")
	Title                          // honorifics and ranks that precede a name without being an office ("Mr.", "Gen.", "Colonel")
	Utterance                      // nouns and verbs of public words that are no speech verb ("issued a statement", "in an address")
	Female                         // titles, role words and given names of women: "she" may stand for the person
	Male                           // titles, role words and given names of men: "he" may stand for the person
	Refusal                        // verbs that a negation turns into a possibility ("would not refuse a meeting")
	Closing                        // verbs of "closed the door on": a refusal
	PastLight                      // light verbs in the past tense before a contact noun ("held a meeting"): it took place
	Trip                           // nouns of a journey that a contact may open or close ("began a visit with a meeting")
	TripBound                      // verbs that open or close a trip ("began", "wrapped up")
	TripPlan                       // plain forms of verbs of a journey that a future tells ("would visit", "will travel")
	TripMade                       // past forms of verbs of a journey made ("arrived", "flew", "went")
	Sequel                         // words before a pronoun that go on with the sentence before ("There she met Y")
	Group                          // plural nouns for unnamed people whom a later "they" stands for ("the leaders")
	Gathering                      // nouns of multilateral occasions: as a subject they tell who came, not who met
	Margins                        // nouns of the edge of a gathering where side meetings are held ("on the sidelines of the summit")
	MediaProduct                   // what a medium word may make that is no contact: "a video statement", "a phone number"
	VideoMedium                    // words that make the contact told with them a video call ("by video link", "over Zoom")
	Audience                       // the press a speaker addresses: a medium told with them is another event's ("told reporters on a conference call")
	OrgRef                         // nouns that refer back to the organization whose name holds them ("the agency said")
	MetThing                       // what one meets that is no person: "meet its responsibilities", "met the deadline"
	MetReaction                    // a reception "met with" tells, no meeting: "met with criticism", "was met with scepticism"
	Fixture                        // contests whose sides "meet": "met Nadal in the final" is a match, no meeting
	GuestJourney                   // words of the journey a guest makes "at the invitation of" a host ("visited", "returned", "a state visit")
	Recurrence                     // units of time after "every" or "each" that sum up contacts ("has been calling X every day")
	MetHalfway                     // "meet Y halfway": a compromise, no meeting
	Unanswered                     // a call no one took: "got no answer", "did not pick up", "left a message"
	Instruct                       // verbs that tell someone to do a thing: "urged Y to meet Z" is a wish, proposed
	Home                           // nouns of a person's home where a meal told there is the owner's: "dinner at Y's residence"
	SessionBody                    // bodies whose routine session a contact noun they modify is: "after the cabinet meeting"
	Impersonate                    // verbs of passing oneself off as another: "a prankster posing as X called Y": X took no part
	Rounds                         // plural nouns that count sittings of talks: "six rounds of talks" sums up several
	GroupPair                      // plural nouns of groups or things that "the two" counts, no pair of persons: "the two teams met"
	Shun                           // verbs of shunning: a contact word right after them did not happen ("avoided meeting Y")
	Rumour                         // nouns of hearsay: a contact noun they govern is talked of, not reported ("talk of a meeting")
	Preposition                    // prepositions that end a verb's object ("met at the end of the summit")
	Precedes                       // a contact told before another event: a date after them is that event's ("ahead of the vote on Sunday")
	Follows                        // a contact told after another event, which a span before them sets apart ("a week after the election on March 3")
	Span                           // units of time that set two events apart ("days after", "a week before")
	Habitual                       // a contact told with them happened more than once or at no one time ("has met X several times")
	Denial                         // verbs whose reported clause did not happen ("denied that X had met Y", "dismissed reports that ...")
	Occurrence                     // predicates of a contact noun that tell whether it happens ("the call may take place", "a summit is not on the cards")
	Topic                          // words of an opening that make a contact its topic, not its occasion ("Asked about talks with X, Y said")
	Tally                          // words before a plural contact noun that count contacts, not report one ("several meetings", "previous calls")
	Subordinate                    // words that make an office a lesser one ("assistant", "deputy"): "the assistant Defence Secretary" is no Secretary of Defense
	TitlePart                      // first words of compound ranks that title no name alone ("Air" of "Air Marshal")
	CommonEnding                   // endings of common nouns and adjectives that no name has ("Photographic", "Catholicism")
	Epithet                        // singular person nouns no office names that a description of a person named before ends with: "the 35-year-old lawmaker", "the veteran leftist"
	Delegates                      // nouns for people who speak for the movement or party named before them: "met Taliban officials", "a Hamas delegation" (the group is the party)
	Frequency                      // adverbs that sum up contacts told with them ("has repeatedly assured X", "often speaks with Y")
	Missive                        // writings two people sign without meeting ("a letter signed by X and Y")
	Indefinite                     // pronouns an infinitive contact verb may qualify ("something to talk about"): no contact told
	Firm                           // nouns of businesses that describe a name as no person's: "the law firm Mossack Fonseca", "X, a consulting company,"
	Copula                         // verbs after a name that say what its bearer is: "X is the Czech ambassador", "X, who serves as foreign minister,"
	CopulaAux                      // auxiliaries and adverbs that may stand with a copula: "X has now been", "X, who is also"
	Heading                        // verbs of heading a body after a name: "X, who heads the Czech delegation," serves Czechia
	Serving                        // nouns of persons who serve a state with no office of the gazetteer: "X, a Czech diplomat," serves Czechia
	Remark                         // nouns for words said that a sentence after a quotation gives its speaker: "X made the remarks at ...", "Those were the words of X"
	RemarkVerb                     // verbs of saying a remark: "X made the comments", "X delivered the warning"
	Stance                         // verbs that sum up a person's view in a short sentence whose quotation follows: "Karimov disagreed. "...""
	StateBody                      // lower-case words after a demonym that name a body of that state: "a spokesman for the Polish foreign ministry"
	Expert                         // nouns for people quoted for what they know, not for an office: "X, a China analyst at ..."
	Chief                          // lower-case nouns of a post that end an untabled title before a name: "intelligence chief X", "top negotiator X"
	Credit                         // words before "by" in a photo or reporting credit: "Photo by X", "Additional reporting by X"
	Calling                        // nouns of trade that introduce a named person without being an office: "columnist X", "American teacher X"
	RankAdjective                  // adjectives that may stand between an article and an office: "the former foreign minister"
	Remit                          // lower-case words of a remit between a demonym and an office: "Russian economic envoy X"
	Ask                            // verbs of asking whose object is the other party of the contact asked for: "asked X for a call"
	Urge                           // verbs whose object is the other party of the contact they are told in: "urged X during a phone call"
	PairPeople                     // plural nouns for the two officials of a pair: "the two diplomats", "the two leaders"
	Colleagues                     // plural nouns after a name that make it a modifier of unnamed people: "NATO counterparts", "Egyptian officials"
	Addressee                      // audiences a person speaks to that are no actors: "spoke to reporters", "told the parliament"
	Statement                      // nouns of a communication that speaks for whoever issued it: "the ministry's statement said", "a readout from X"
	SpeaksFor                      // nouns for people who speak for a body without being named: "the ministry's spokesman", "a government source said"
	Staff                          // a person's own office or staff, who speak for the person unnamed: "his office said", "her aides said"
	Disclosure                     // nouns of what is told about a contact: "no details of the call", "gave no readout" (no information about a meeting may mean there was none)
	Futility                       // nouns after "no" that refuse a contact: "there was no point in talks with X", where "no progress in talks" tells talks that took place
	Accord                         // documents the parties of a contact sign: "signed a memorandum of understanding", "signed the accord"
	Extend                         // verbs of giving an invitation: "extended an invitation", "renewed his invitation"
	Posture                        // verbs of being beside someone in public before "alongside": "spoke alongside X", "stood alongside X" (not "fought alongside")
	Retinue                        // people who act for the persons named, after a possessive: "their teams would meet" is theirs, unnamed
	Auxiliary                      // modal and perfect auxiliaries between a subject and its verb: "their teams would meet", "had met"
	Attempt                        // nouns of trying before "at" or "for" and a contact noun: "an attempt at talks" is tried, none
	ExchangeTone                   // words of tone before "exchange" that make it a conversation: "a frank exchange with X"
	Accrediting                    // verbs of handing or taking an envoy's credentials: "presented his credentials to X", "received the credentials of X"
	PhoneMedium                    // words that make the contact told with them a phone call ("by phone", "telephoned X")
	OwnVoice                       // possessed nouns that speak for their possessor without naming anyone else: "X's office said", "X's team said", "X's post on X read:"
	Questioning                    // verbs after a name that make the name a questioner, not a party: "X asked", "X pressed" (an interviewer)
	PressScene                     // words of facing the press that make the person a sentence names the one who speaks next: "X spoke to reporters", "X took questions", "Reporters asked X"
	Initiating                     // verbs whose subject began the contact they are told with: "X requested the call", "talks X proposed"
	Another                        // words before a contact noun that tell another occasion than the story's: "another call", "previous talks", "a separate meeting"
	Show                           // words that make "host" a presenter, not a host of talks: "talk show host", "radio host"
	FirmMember                     // nouns before "of"/"at" whose object is a business: "a founding partner of X", "an employee of X"
	OrgOpener                      // stop-list words that may open an organization's name: "International Consortium of ...", "National Security Council"
	AcronymSpeaks                  // words after a capitalised acronym that make it an organization speaking: "NDMA said", "the ICRC statement"
	StaffNoun                      // nouns after a known person's name for the person's staff who speak unnamed: "Putin aide said", "the Kremlin adviser said"
	National                       // nouns for a country's people abroad, who are not its state: "Chinese nationals", "three British citizens"
	CreditLine                     // words that open a reporting credit line: "(Reporting by ...; Editing by ...)", "Additional reporting by ..."
	BodyHead                       // nouns after a body's name for the one person at its head: "the European Commission president", "the AU Commission chairman"
	Apart                          // words that tell a contact's parties met one by one, not all together: "met A and B separately", "one-on-one talks"
	Parties                        // nouns for the parties of a contact taken together: "both sides", "each country"
	Send                           // verbs of sending an envoy: "X sent his foreign minister", "Y dispatched official X"
	Attend                         // verbs of being at an event, which make no contact with the others there: "attended the G20 summit"
	Asking                         // verbs of asking about a contact, which make it the question's topic, not an occasion: "asked whether talks with X ..."
	Resolve                        // verbs of a person's resolve whose quoted infinitive is the person's words: "refused to "bow to pressure""
	Reaction                       // nouns of a person's answer summed up after the possessive: "Berg's response was blunt. "...""
	HolderRole                     // role nouns of one person at the head of, or sent by, a body: "the UN chief said", "the Kremlin aide said"
	OfficeRank                     // a rank that is part of an office's name, between "the" and the office: "the deputy minister" is a deputy
	Participle                     // irregular past participles that may follow "had": "had met", "had held", "had won" (regular ones end in -ed)
	DayTime                        // nouns of a time of the day after "before" or "after": "before dawn on Thursday" is Thursday, no other event
	Count                          // numbers from two to ten in words: "two-day visit", "three meetings", "four times"
	DayPart                        // parts of a day between a weekday and its time zone: "Tuesday morning Beijing time"
	IssueVerb                      // verbs of a body putting out a document: "the embassy issued a statement" (its "It said" after is the body's)
	StampLabel                     // words that label a page's date stamp: "Published 3 Dec 2026", "Last updated: ...", "Posted on ..."
	FirmStaff                      // nouns for a business's people, after its name or before "of": "Goldman Sachs executives", "the chief executives of Airbus"
	Seen                           // participles of a document reaching a news medium: "a draft seen by Reuters", "a memo obtained by the AP" (the medium reports it, it does not speak)
	Unnamed                        // nouns for one person who speaks unnamed: "a senior official said", "one diplomat told", whose "he said" after is not a person named before
	PlaceNoun                      // nouns of a place named after "of": "in the hill town of Marwa" is in Marwa
	Locative                       // prepositions of place: a capitalised word alone after one is a place ("in Socotra")
	PrivatePerson                  // nouns of a private person left unnamed: "a monk so he can" is the monk's "he"
	BodyMember                     // nouns for a body's people after its name, that make the body their modifier: "the Afghan and US military commanders" name no body as a party
	FemaleEnding                   // endings of women's family names and patronymics: "Sarsenbayeva", "Kowalska", "Nurlanqyzy"
	MaleEnding                     // endings of men's family names and patronymics: "Temirbekov", "Kowalski", "Kemeluly"
	Describing                     // verbs of describing whose passive subject is the one described, not the speaker: "He has been described as "...""
	Continuation                   // speech verbs that carry the last speaker's words on: "he added", "she continued"
	Candidacy                      // nouns of a person seeking or holding a public standing that no office names: "U.S. Republican presidential candidate X" is American
	Water                          // nouns of seas and straits named after a country: "the South China Sea", "the Sea of Japan" are no story about China or Japan
	Discussion                     // words whose object is what is talked of: "discussed the Quad summit", "preparations for the G7 summit" make the summit a topic, not a contact
	OfficeModifier                 // lower-case words between "the" (or a country's possessive) and an office that keep it a reference to the holder named before: "the veteran minister", "Israel's longest-serving prime minister"
	LocalBody                      // nouns of a public body after the name of the place it serves, which the gazetteer lacks: "Tel Aviv police said" (the body speaks, the place is no person)
	Outlet                         // nouns of a news medium next to a name the gazetteer lacks: "the Sabah newspaper reported", "broadcaster NTV said" (the name is a medium that speaks)
	Doubt                          // words of doubt before a contact word: "doubt that X would meet Y", "had the courage to meet Y": talked of, not planned (proposed)
	Occasion                       // nouns of a social occasion where a contact told before it was held: "met X at a reception hosted by Y" (Y hosts the reception, no party)
	PostOpener                     // words of feeling that open a leader's subjectless post: "Delighted to meet X", "Good to speak with Y": the writer is the party
	Petition                       // nouns of asking for a contact: "his request for a meeting with Y", "a bid for talks"; a rebuff after them leaves no contact
	Rebuff                         // passive verbs that turn a petition down: "was rejected", "was turned down", "was rebuffed"
	Ceremony                       // nouns of a ceremony two leaders attend together: "witnessed the signing of", "presided over the exchange of MoUs"
	Condition                      // words after "only" that set a condition on a planned contact: "would meet Y only after a withdrawal", "only if": hypothetical, none
	TurnAsker                      // words of a transcript's speaker label whose turn is no actor's: "Q:", "QUESTION:", "MODERATOR:", "JANE DOE, HOST:"
	AnotherSitting                 // words of a sentence that make a pair's plan one more contact, not the sitting just told: "The two will meet again", "another meeting", "next week"
	ContactOrdinal                 // words between "their" and a contact noun that count the pair's contacts: ", their second call this month" tells the call just told again
	PairNoun                       // plural nouns that, after "the" or "the two", are the pair of the contact told before: "the leaders", "the two ministers"
	CountedContacts                // contact nouns in the plural that count contacts: "held calls with his counterparts A and B" is a call each
	Duration                       // words of a contact's length besides spans and counts: "a 90-minute call", "a lengthy meeting", "an hour-long call"
	PlanFiller                     // words between a past auxiliary and a word of planning: "had been expected", "was originally scheduled", "were also due"
	Future                         // the future's own words among the schedule cues, which no past auxiliary takes: "will", "next", "tomorrow"
	Interpreter                    // nouns of one who renders or records what the parties say, before the name: "with interpreter X" is in the room but no party
	StateNoun                      // nouns a demonym makes the formal name of a state: "the French Republic", "the Russian Federation"; no name run opens with them
	VisitPurpose                   // verbs of what a visitor comes to do with the one called on: "called on X to discuss trade" is a visit, "called on X to withdraw" an appeal
	PersonsOwn                     // nouns after a possessive that only a person owns: "May's office said", "May's spokesman": the possessor is a person, not the month
	Royal                          // titles before a royal's given name, printed with a capital: "King Salman", "Sheikh Tamim": the bare given name is the person
	InvitedTo                      // words after "invited X" that make the invitation one to a contact: "invited X to visit", "to come to Beijing", "for talks"
	PlanAhead                      // words of a plan before a date in its clause: "said he expected the next round in early March": a time ahead, no story day
	Season                         // names of the seasons: "in the spring of 2019" is a time, never a place
	Membership                     // words after which a sentence names a group's members: "The delegation included A and B"
	OccasionKind                   // adjectives of a meal or meeting's kind between "for" and the noun: "hosted X for a working dinner", "over a state lunch"
	NearContactNoun                // contact nouns that a word before them, within three tokens, makes the subject of: "host a meeting between X and Y", "online talks", "joined the call"
	SittingNoun                    // nouns of a sitting in person, near a contact word: "were joined by C for an expanded meeting" is a meeting, but "a conference call" a call
	InPersonMedium                 // words that make a contact told with them a meeting: "in person", "face-to-face", "face to face"
	Welcoming                      // verbs of a host receiving a guest, whose "him"/"her" a "to" may follow: "hosted him to breakfast", "welcomed her to Beijing"
	ObjectContact                  // contact verbs whose "him"/"her" right after is the other party: "met him at the White House", "phoned her on Monday"
	FiniteVerb                     // finite verbs and auxiliaries right after a name that make it a subject, beside any word of five letters or more in -ed: "A and B met", "B flew"
	Convening                      // verbs of hosting or chairing a meeting told before: "X hosted the meeting" makes X one more of its parties
	InterviewKind                  // adjectives between the article and "interview" after a contact word: "sat down with X for an exclusive interview"
	Gather                         // words near a contact word that make its list of objects one contact of all: "a trilateral meeting with A and B", "a conference call with A and B"
	YearPart                       // parts of a year between a preposition and the year: "in late 2019", "at the end of 2019" tell a time other than the story's day
	PhrasalSpeech                  // verbs that speak with a particle after them (SpeechParticle) closing an attribution: `," Berg shot back.`, `," she went on.`
	SpeechParticle                 // the particles of those verbs: "on", "back", "out"
	PersonAct                      // verbs and participles of what only a person does or undergoes, after a name: "X Y resigned", "X Y was sworn in"
	WordPrefix                     // prefixes a hyphen joins to a word, "co-", "ex-", "anti-": a hyphenated word they open is no given name ("Co-op", "Anti-war")
	Era                            // nouns of a long time a contact may be set in: "during the pandemic", "at the start of the war", "early in her tenure" tell a time other than the story's day
	EraOwner                       // words between a preposition or a part and an era's noun: "during the pandemic", "early in her tenure"
	TakeOffice                     // verbs of coming to an office: "shortly after taking office", "soon after she took office"
	OfficeTaken                    // nouns of what is taken on coming to office: "after taking office", "since assuming power"
	OrderVerb                      // verbs that set a contact noun, their subject, in time beside another event: "The meeting followed a call between A and B", "The talks came a day after"
	TimeAhead                      // words that put a time told after the present: "later today", "tomorrow", "next week": "is meeting Y later today" is scheduled
	PassiveBe                      // forms of "be" that make a contact verb passive: "was hosted by X Y" names its agent, a person
	Greeting                       // words of a greeting or sign-off that a letter runs into the name after them: "Hi Dan", "Thanks Dan", "Regards Jane Doe"; no name run opens with them
	SignOff                        // words a letter or release runs into the name before them: "Jane Doe Sent", "Dan Please", "Contact: Jane Doe Tel"; no name run ends with them
	Intention                      // verbs of a plan that take "to" and a light verb: "plan to hold talks", "intend to have a call": scheduled
	Hearsay                        // nouns of what is said to have happened: "denied reports of a meeting with Y", "dismissed rumours about talks": the contact is denied
	Wish                           // verbs of a wish right before "to" and a contact verb or light verb: "they hope to meet Y": proposed
	Readying                       // verbs of getting ready whose "for" takes a contact ahead: "prepared for a meeting with Y on March 14": scheduled
	BodyLink                       // prepositions that tie unnamed speakers to the body they speak for: "officials at the embassy", "a spokesman for the ministry"
	Possibility                    // words of a possibility that make proposed only the contact they modify: "a possible meeting", "the possibility of a call"
	Readiness                      // adjectives of readiness before "to" and a contact: "X is prepared to meet Y", "stands ready to hold talks": offered, proposed
	Reluctance                     // adjectives of unreadiness before "to" and a contact: "X is unwilling to talk to Y": no contact
	OwnWords                       // speech verbs by which an outlet's reporter gives words of their own, "the BBC's X said", "added", "stressed": a speaker, not the story's filer ("reported", "wrote")
	PullOut                        // verbs whose "out of" calls a contact off: "pulled out of a planned meeting with Y", "backed out of talks": cancelled
	ContactParticle                // particles between a verb and "with" that make it a contact: "caught up with Y", "touched base with Y", "checked in with Y"
	Accession                      // nouns and participles of coming to office after "after": "shortly after his election", "soon after he was sworn in": a time other than the story's day

	numClasses // the count of classes above: keep it last
)

// wordClassOf names the classes of data/words.tsv.
func wordClassOf(name string) (Class, bool) {
	switch name {
	case "speech":
		return Speech, true
	case "states":
		return States, true
	case "press":
		return Press, true
	case "judging":
		return Judging, true
	case "light":
		return Light, true
	case "past":
		return Past, true
	case "cancel":
		return Cancel, true
	case "negation":
		return Negation, true
	case "offer":
		return Offer, true
	case "proposal":
		return Proposal, true
	case "schedule":
		return Schedule, true
	case "report":
		return Report, true
	case "institution":
		return Institution, true
	case "org-head":
		return OrgHead, true
	case "official-qualifier":
		return OfficialQualifier, true
	case "earlier":
		return Earlier, true
	case "expected":
		return Expected, true
	case "tell":
		return Tell, true
	case "post-nominal":
		return PostNominal, true
	case "title":
		return Title, true
	case "utterance":
		return Utterance, true
	case "female":
		return Female, true
	case "male":
		return Male, true
	case "refusal":
		return Refusal, true
	case "closing":
		return Closing, true
	case "past-light":
		return PastLight, true
	case "trip":
		return Trip, true
	case "trip-bound":
		return TripBound, true
	case "trip-plan":
		return TripPlan, true
	case "trip-made":
		return TripMade, true
	case "sequel":
		return Sequel, true
	case "group":
		return Group, true
	case "gathering":
		return Gathering, true
	case "margins":
		return Margins, true
	case "media-product":
		return MediaProduct, true
	case "video-medium":
		return VideoMedium, true
	case "audience":
		return Audience, true
	case "org-ref":
		return OrgRef, true
	case "met-thing":
		return MetThing, true
	case "met-reaction":
		return MetReaction, true
	case "fixture":
		return Fixture, true
	case "guest-journey":
		return GuestJourney, true
	case "recurrence":
		return Recurrence, true
	case "met-halfway":
		return MetHalfway, true
	case "unanswered":
		return Unanswered, true
	case "instruct":
		return Instruct, true
	case "home":
		return Home, true
	case "session-body":
		return SessionBody, true
	case "impersonate":
		return Impersonate, true
	case "rounds":
		return Rounds, true
	case "group-pair":
		return GroupPair, true
	case "rumour":
		return Rumour, true
	case "shun":
		return Shun, true
	case "preposition":
		return Preposition, true
	case "precedes":
		return Precedes, true
	case "follows":
		return Follows, true
	case "span":
		return Span, true
	case "denial":
		return Denial, true
	case "occurrence":
		return Occurrence, true
	case "topic":
		return Topic, true
	case "tally":
		return Tally, true
	case "habitual":
		return Habitual, true
	case "subordinate":
		return Subordinate, true
	case "title-part":
		return TitlePart, true
	case "common-ending":
		return CommonEnding, true
	case "female-ending":
		return FemaleEnding, true
	case "male-ending":
		return MaleEnding, true
	case "epithet":
		return Epithet, true
	case "delegates":
		return Delegates, true
	case "frequency":
		return Frequency, true
	case "missive":
		return Missive, true
	case "indefinite":
		return Indefinite, true
	case "firm":
		return Firm, true
	case "copula":
		return Copula, true
	case "copula-aux":
		return CopulaAux, true
	case "serving":
		return Serving, true
	case "heading":
		return Heading, true
	case "remark":
		return Remark, true
	case "remark-verb":
		return RemarkVerb, true
	case "stance":
		return Stance, true
	case "state-body":
		return StateBody, true
	case "expert":
		return Expert, true
	case "chief":
		return Chief, true
	case "credit":
		return Credit, true
	case "calling":
		return Calling, true
	case "rank-adjective":
		return RankAdjective, true
	case "remit":
		return Remit, true
	case "resolve":
		return Resolve, true
	case "day-time":
		return DayTime, true
	case "count":
		return Count, true
	case "day-part":
		return DayPart, true
	case "issue-verb":
		return IssueVerb, true
	case "participle":
		return Participle, true
	case "reaction":
		return Reaction, true
	case "holder-role":
		return HolderRole, true
	case "office-rank":
		return OfficeRank, true
	case "unnamed":
		return Unnamed, true
	case "seen":
		return Seen, true
	case "ask":
		return Ask, true
	case "urge":
		return Urge, true
	case "pair-people":
		return PairPeople, true
	case "colleagues":
		return Colleagues, true
	case "addressee":
		return Addressee, true
	case "statement":
		return Statement, true
	case "speaks-for":
		return SpeaksFor, true
	case "staff":
		return Staff, true
	case "disclosure":
		return Disclosure, true
	case "futility":
		return Futility, true
	case "accord":
		return Accord, true
	case "extend":
		return Extend, true
	case "posture":
		return Posture, true
	case "accrediting":
		return Accrediting, true
	case "exchange-tone":
		return ExchangeTone, true
	case "attempt":
		return Attempt, true
	case "auxiliary":
		return Auxiliary, true
	case "retinue":
		return Retinue, true
	case "phone-medium":
		return PhoneMedium, true
	case "own-voice":
		return OwnVoice, true
	case "questioning":
		return Questioning, true
	case "press-scene":
		return PressScene, true
	case "initiating":
		return Initiating, true
	case "another":
		return Another, true
	case "show":
		return Show, true
	case "firm-member":
		return FirmMember, true
	case "firm-staff":
		return FirmStaff, true
	case "place-noun":
		return PlaceNoun, true
	case "locative":
		return Locative, true
	case "private-person":
		return PrivatePerson, true
	case "candidacy":
		return Candidacy, true
	case "water":
		return Water, true
	case "discussion":
		return Discussion, true
	case "outlet":
		return Outlet, true
	case "local-body":
		return LocalBody, true
	case "office-modifier":
		return OfficeModifier, true
	case "turn-asker":
		return TurnAsker, true
	case "another-sitting":
		return AnotherSitting, true
	case "contact-ordinal":
		return ContactOrdinal, true
	case "pair-noun":
		return PairNoun, true
	case "counted-contacts":
		return CountedContacts, true
	case "duration":
		return Duration, true
	case "plan-filler":
		return PlanFiller, true
	case "future":
		return Future, true
	case "interpreter":
		return Interpreter, true
	case "state-noun":
		return StateNoun, true
	case "visit-purpose":
		return VisitPurpose, true
	case "persons-own":
		return PersonsOwn, true
	case "royal":
		return Royal, true
	case "invited-to":
		return InvitedTo, true
	case "plan-ahead":
		return PlanAhead, true
	case "season":
		return Season, true
	case "membership":
		return Membership, true
	case "occasion-kind":
		return OccasionKind, true
	case "near-contact-noun":
		return NearContactNoun, true
	case "sitting-noun":
		return SittingNoun, true
	case "in-person-medium":
		return InPersonMedium, true
	case "welcoming":
		return Welcoming, true
	case "object-contact":
		return ObjectContact, true
	case "finite-verb":
		return FiniteVerb, true
	case "convening":
		return Convening, true
	case "interview-kind":
		return InterviewKind, true
	case "gather":
		return Gather, true
	case "post-opener":
		return PostOpener, true
	case "occasion":
		return Occasion, true
	case "doubt":
		return Doubt, true
	case "condition":
		return Condition, true
	case "ceremony":
		return Ceremony, true
	case "petition":
		return Petition, true
	case "rebuff":
		return Rebuff, true
	case "body-member":
		return BodyMember, true
	case "stamp-label":
		return StampLabel, true
	case "org-opener":
		return OrgOpener, true
	case "acronym-speaks":
		return AcronymSpeaks, true
	case "staff-noun":
		return StaffNoun, true
	case "national":
		return National, true
	case "describing":
		return Describing, true
	case "continuation":
		return Continuation, true
	case "phrasal-speech":
		return PhrasalSpeech, true
	case "speech-particle":
		return SpeechParticle, true
	case "credit-line":
		return CreditLine, true
	case "body-head":
		return BodyHead, true
	case "apart":
		return Apart, true
	case "parties":
		return Parties, true
	case "send":
		return Send, true
	case "attend":
		return Attend, true
	case "asking":
		return Asking, true
	case "year-part":
		return YearPart, true
	case "word-prefix":
		return WordPrefix, true
	case "own-words":
		return OwnWords, true
	case "person-act":
		return PersonAct, true
	case "era":
		return Era, true
	case "era-owner":
		return EraOwner, true
	case "take-office":
		return TakeOffice, true
	case "office-taken":
		return OfficeTaken, true
	case "time-ahead":
		return TimeAhead, true
	case "passive-be":
		return PassiveBe, true
	case "order-verb":
		return OrderVerb, true
	case "greeting":
		return Greeting, true
	case "sign-off":
		return SignOff, true
	case "intention":
		return Intention, true
	case "wish":
		return Wish, true
	case "readying":
		return Readying, true
	case "body-link":
		return BodyLink, true
	case "possibility":
		return Possibility, true
	case "readiness":
		return Readiness, true
	case "reluctance":
		return Reluctance, true
	case "hearsay":
		return Hearsay, true
	case "pull-out":
		return PullOut, true
	case "accession":
		return Accession, true
	case "contact-particle":
		return ContactParticle, true
	}
	return 0, false
}

// ClassSet is the classes of one word, a bit each.
type ClassSet [(numClasses + 63) / 64]uint64

// with returns the set with class c added.
func (s ClassSet) with(c Class) ClassSet {
	s[c/64] |= 1 << (c % 64)
	return s
}

// Has reports whether class c is in the set.
func (s ClassSet) Has(c Class) bool { return s[c/64]&(1<<(c%64)) != 0 }

// addWords reads one line of data/words.tsv: a class and its words.
func (g *Lexicon) addWords(f []string) error {
	c, ok := wordClassOf(strings.TrimSpace(f[0]))
	if !ok {
		return fmt.Errorf("unknown word class %q", f[0])
	}
	for _, w := range strings.Fields(f[1]) {
		w = strings.ToLower(w)
		if c == CommonEnding {
			g.endings = append(g.endings, w)
			continue
		}
		if c == FemaleEnding || c == MaleEnding {
			gender := "f"
			if c == MaleEnding {
				gender = "m"
			}
			g.nameEndings = append(g.nameEndings, nameEnding{w, gender})
			continue
		}
		g.words[w] = g.words[w].with(c)
		if strings.Contains(w, "'") { // news prints "n't" curly about as often as straight
			curly := strings.ReplaceAll(w, "'", "’")
			g.words[curly] = g.words[curly].with(c)
		}
	}
	return nil
}

// HasCommonEnding reports a lowercased word that ends as common nouns and adjectives do
// and names never do ("photographic", "catholicism", "publications", "microbiologist"),
// with at least three letters before the ending.
func (g *Lexicon) HasCommonEnding(w string) bool {
	for _, e := range g.endings {
		if len(w) >= len(e)+3 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// nameEnding is one ending of data/words.tsv classes female-ending and male-ending and
// the gender ("f", "m") it tells.
type nameEnding struct{ ending, gender string }

// FamilyNameGender returns the gender ("f", "m") the ending of a lowercased family name
// or patronymic tells, where the languages that inflect them for gender print them so
// ("sarsenbayeva", "kowalska": "f"; "temirbekov", "kemeluly": "m"), with at least three
// letters before the ending; "" when no ending or both tell.
func (g *Lexicon) FamilyNameGender(w string) string {
	seen := ""
	for _, e := range g.nameEndings {
		if len(w) >= len(e.ending)+3 && strings.HasSuffix(w, e.ending) {
			if seen != "" && seen != e.gender {
				return ""
			}
			seen = e.gender
		}
	}
	return seen
}

// In reports whether the lowercased word w belongs to class c.
func (g *Lexicon) In(c Class, w string) bool { return g.words[w].Has(c) }

// ClassesOf returns the classes of the lowercased word w, for a caller that asks about
// the same word many times (the extractor reads each token's once).
func (g *Lexicon) ClassesOf(w string) ClassSet { return g.words[w] }

// InAny reports whether word w is in any of the classes cs.
func (g *Lexicon) InAny(w string, cs ...Class) bool {
	for _, c := range cs {
		if g.words[w].Has(c) {
			return true
		}
	}
	return false
}

// IsSpeechVerb reports whether a lowercased word attributes speech or writing.
func (g *Lexicon) IsSpeechVerb(w string) bool { return g.In(Speech, w) }

// IsJudgingVerb reports verbs that introduce a speaker's own words as a verdict: "called
// the deal 'a sell-out'", "denounced the accord as a '...'". They attribute only a
// quotation that follows them closely.
func (g *Lexicon) IsJudgingVerb(w string) bool { return g.In(Judging, w) }

// PastTense reports a contact verb in the past tense: its "held" is stated, not assumed.
func (g *Lexicon) PastTense(w string) bool { return g.In(Past, w) }

// ExpectedTo reports a word after which "to discuss" is the contact due, not the purpose
// of another: "X and Y are expected to discuss".
func (g *Lexicon) ExpectedTo(w string) bool { return g.In(Expected, w) }

// IsReportWord reports a document that speaks for whoever wrote it: "the report said".
func (g *Lexicon) IsReportWord(w string) bool { return g.In(Report, w) }

// IsOfficialQualifier reports the words between a country and "official" that keep the
// official the country's ("a senior Turkish military official").
func (g *Lexicon) IsOfficialQualifier(w string) bool { return g.In(OfficialQualifier, w) }

// IsInstitutionNoun reports the head nouns of names of places and institutions that are
// often named after people.
func (g *Lexicon) IsInstitutionNoun(w string) bool { return g.In(Institution, w) }

// IsOrgHeadNoun reports the nouns that head the names of organizations.
func (g *Lexicon) IsOrgHeadNoun(w string) bool { return g.In(OrgHead, w) }

// Gender returns "f" for a word of class female, "m" for one of class male, else "".
func (g *Lexicon) Gender(w string) string {
	switch c := g.words[w]; {
	case c.Has(Female) && !c.Has(Male):
		return "f"
	case c.Has(Male) && !c.Has(Female):
		return "m"
	}
	return ""
}

// IsPostNominal reports letters written after a name ("MP", "AO", "QC"), in any case.
func (g *Lexicon) IsPostNominal(w string) bool {
	return g.In(PostNominal, strings.ToLower(strings.Trim(w, ".,")))
}

// contactWord is one line of data/contactwords.tsv: a word that reports a contact.
type contactWord struct {
	Pattern            string // the check of ../contacts_triggers.go / ../contacts_group_triggers.go that reads it
	Mode               string // phone, video, meeting, unspecified, talks
	Noun, Direct, Weak bool
}

// contactPatterns are the patterns the trigger code has a case for.
func contactPattern(p string) bool {
	switch p {
	case "credentials", "speak", "meet", "talks", "host", "visit", "call", "phone-verb", "discuss", "meal", "noun", "with-noun", "particle-with", "conference",
		"posture", "told-counterpart", "by-phone", "on-the-phone", "join", "attended-by", "invite", "invitation", "signed-by", "bring-together",
		"take-part", "bilateral", "accompany", "shuttle", "part-of", "participated", "exchanged-views", "alongside", "medium-noun", "co-chair", "guest-of", "witness", "in-touch", "put-through":
		return true
	}
	return false
}

// addContactWord reads one line of data/contactwords.tsv.
func (g *Lexicon) addContactWord(f []string) error {
	w := strings.ToLower(strings.TrimSpace(f[0]))
	cw := contactWord{Pattern: strings.TrimSpace(f[1]), Mode: strings.TrimSpace(f[2])}
	if !contactPattern(cw.Pattern) {
		return fmt.Errorf("unknown contact pattern %q", cw.Pattern)
	}
	switch cw.Mode {
	case "phone", "video", "meeting", "unspecified", "talks":
	default:
		return fmt.Errorf("unknown mode %q", cw.Mode)
	}
	if len(f) > 3 {
		for _, flag := range strings.Fields(f[3]) {
			switch flag {
			case "noun":
				cw.Noun = true
			case "direct":
				cw.Direct = true
			case "weak":
				cw.Weak = true
			default:
				return fmt.Errorf("unknown contact word flag %q (want noun, direct, weak)", flag)
			}
		}
	}
	if _, dup := g.ContactWords[w]; dup {
		return fmt.Errorf("contact word %q listed twice", w)
	}
	g.ContactWords[w] = cw
	return nil
}
