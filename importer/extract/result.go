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
	// Captions are the photo captions the cleaner took out of the story: no evidence of
	// their own, but the full name of a person the story names by surname alone
	// ("X and US President Donald Y spoke ahead of talks" over "X spoke with Y").
	Captions []string
}

// Result is everything extracted from one article.
type Result struct {
	Actors   []Actor
	Contacts []Contact
	Quotes   []Quote
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
