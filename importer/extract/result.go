package extract

// Input is one cleaned article.
type Input struct {
	Text      string // cleaned body; all offsets are rune offsets into it
	Title     string // the headline, or "": it yields nothing, but may name the lead contact's medium
	Published string // YYYY-MM-DD, or "" when unknown
	// Issuer is the person who issued a first-person release (Extractor.Issuer reads it
	// from the raw header): the release's "I", outside quotations, is this person.
	Issuer string
	// Dateline is the place of the wire dateline the cleaner cut off the lede ("Tokyo",
	// "Kyiv, Ukraine"), or "": a story filed from a capital is mostly about its country.
	Dateline string
	// Publisher is the outlet or body that issued the article ("Australian Minister for
	// Foreign Affairs (media release)"), or "": a government's release names its own
	// officials by office alone.
	Publisher string
	// Captions are the photo captions the cleaner took out of the story: no evidence of
	// their own, but the full name of a person the story names by surname alone
	// ("X and US President Donald Y spoke ahead of talks" over "X spoke with Y").
	Captions []string
	// Known are persons other articles named in full, by the names.Key of their surname:
	// the importer passes those of a first extraction's Unresolved words that it knows
	// exactly one person by. Such a word, capitalised and used as a name, is that person
	// (actor.known-surname), as a follow-up story names people it takes as known ("Vautrin
	// and Tarasov spoke again"). nil on a first extraction: the analysers cannot see other
	// articles, and what they find must not depend on the order they run in.
	Known map[string]KnownPerson
	// Stamps are the time stamps the cleaner took out from over a live blog's entries, in
	// text order: an entry under a stamp that gives a day and month ("Tue 4 Mar 2025 18.05
	// GMT") dates its "today" and weekdays from that day; one with a time only, from the
	// publication day.
	Stamps []Stamp
}

// Stamp is an entry's time stamp as printed, and the rune offset in Text where the entry
// starts.
type Stamp struct {
	At   int
	Text string
}

// KnownPerson is a person the database knows by a full name (Input.Known).
type KnownPerson struct {
	Name, Role, Country string
}

// Result is everything extracted from one article.
type Result struct {
	Actors   []Actor
	Contacts []Contact
	Quotes   []Quote
	// Unresolved are the names.Key of the capitalised one-word names the article uses
	// as a person's surname but ties to none of its persons nor to a well-known one, and,
	// when a reference by office and country found no holder, the full names of the
	// persons with neither (askUntitled), in order, distinct: the importer looks them up
	// among the persons other articles named and, when it knows one, extracts the article
	// again with Input.Known.
	Unresolved []string
}

// Span is evidence: where in the text something was found and which rule found it.
type Span struct {
	Start, End int    // rune offsets into Input.Text, End exclusive
	Sentence   string // the whole sentence that holds the span
	// SentenceStart and SentenceEnd are Sentence's rune offsets into Input.Text, so that an
	// import can store where the sentence is instead of a copy (both 0 when unknown).
	SentenceStart, SentenceEnd int
	Rule                       string // the name of the rule that produced the row, e.g. "quote.said-after"
}

// Actor is one real entity within the article, with all its mentions merged.
type Actor struct {
	Name     string   // fullest usual form: first and last name, no title, no middle initial
	Kind     Kind     // person or organization
	Role     string   // office as the text gives it ("Foreign Minister"), or ""
	Country  string   // ISO 3166-1 alpha-2, or ""
	Aliases  []string // every surface form seen in this article
	Mentions []Span
}

// Contact is one communication between named actors as this article reports it.
type Contact struct {
	Participants    []int  // indexes into Result.Actors, at least two, sorted, distinct
	Mode            Mode   // phone, video, meeting, unspecified
	Status          Status // held, scheduled, proposed, cancelled
	Date            string // YYYY-MM-DD, YYYY-MM, or ""
	DateText        string // the words that gave the date ("on Saturday"), or ""
	Initiator       int    // index into Result.Actors, or -1
	Location        string
	DurationMinutes int // 0 when not given
	Evidence        Span
}

// Quote is one direct quotation.
type Quote struct {
	Text        string // the quoted words without the quotation marks, as printed
	Speaker     int    // index into Result.Actors, or -1
	SpeakerText string // the words that attributed it ("he said", "according to X")
	Evidence    Span   // offsets of the quoted text; Sentence is the attribution sentence
}
