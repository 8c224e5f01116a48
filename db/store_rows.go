package db

// The row types of the write path. Empty strings are stored as NULL in nullable columns,
// and IDs of 0 mean "none", so callers never juggle sql.Null types.

// Span is an evidence span: rune offsets into articles.text, End exclusive.
type Span struct {
	Start, End int
}

// ImportRow is one run of the importer, as the imports table keeps it.
type ImportRow struct {
	ID                               int64
	Started, Finished                string // RFC 3339
	Inputs                           []string
	Root                             string // folder the inputs and sources are relative to; "" for none
	Version                          string
	New, Updated, Unchanged, Skipped int
	Actors, Contacts, Quotes         int // rows created by this run
	Errors                           []ImportError
	// Phases is where the run's time went; zero when not measured.
	Phases Phases
}

// Phases are an import's CPU seconds by phase, its process CPU in all and its wall time.
// FullText is the articles' full-text index a first import builds on a thread of its own
// (FullTextBuilder), beside the analysers: imports keeps it in cpu_fulltext; it is in
// cpu_total and outside cpu_serial.
type Phases struct {
	Read, Clean, Extract, Write, Resolve, Index float64
	FullText                                    float64
	Total, Wall                                 float64
}

// Serial is the CPU of the phases that run on one thread each (the reader, the writer
// with its resolution, the final indexing): the part of a run more cores cannot shorten.
func (p Phases) Serial() float64 { return p.Read + p.Write + p.Resolve + p.Index }

// ImportError is one input that was not imported and why.
type ImportError struct {
	Source string `json:"source"`
	Reason string `json:"reason"`
}

// ArticleRow is one article with its cleaned text.
type ArticleRow struct {
	ID                                  int64
	Source, Title, Published, URL       string
	Publisher, Author, Byline, Dateline string
	RawText, Text, ContentHash          string
	ImportID                            int64
	// StoryDay is the day the article's "today" and weekdays are told from when it is not
	// Published (a wire dateline's day over copy stored days later), "" otherwise: stored
	// as articles.story_day, which the merge of contacts reads before published.
	StoryDay string
}

// ActorRow is one actor with the aliases the database knows for it.
type ActorRow struct {
	ID                             int64
	Name, Kind, Role, Country, Key string
	Aliases                        []string
}

// MentionRow is the evidence of one actor mention.
type MentionRow struct {
	ArticleID, ActorID int64
	Surface, Sentence  string
	Span               Span
	SentenceSpan       *Span // where Sentence stands in the text; when set, only it is stored
	Rule               string
}

// ContactRow is one real-world contact.
type ContactRow struct {
	ID                           int64
	Mode, Status, Date, DateText string
	InitiatorID                  int64
	Location                     string
	DurationMinutes              int
	FirstReported, LastReported  string
	Participants                 []int64 // actor IDs, sorted
	Mentions                     []ContactMentionRow
}

// ContactMentionRow is one article's report of a contact, as that article reported it.
type ContactMentionRow struct {
	ContactID, ArticleID int64
	// Day is the day the article tells of: its story_day, else its publication date
	// (read only). The merge compares reports by it, as the extraction read their dates.
	Day                          string
	Publisher                    string // the article's publisher (read only)
	Status, Mode, Date, DateText string
	Sentence                     string
	Span                         *Span // nil when the evidence has no usable offsets
	SentenceSpan                 *Span // where Sentence stands in the text; when set, only it is stored
	Rule                         string
}

// QuoteRow is one direct quotation.
type QuoteRow struct {
	ArticleID, SpeakerID        int64
	Text, SpeakerText, Sentence string
	Span                        *Span
	SentenceSpan                *Span // where Sentence stands in the text; when set, only it is stored
	Rule                        string
}

// Totals are the row counts of the main tables.
type Totals struct {
	Articles, Actors, Contacts, Quotes int
}

// nullString stores "" as NULL.
func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// nullID stores 0 as NULL.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// nullInt stores 0 as NULL.
func nullInt(n int) any {
	if n == 0 {
		return nil
	}
	return int64(n)
}

// The arguments of the write path's statements are of the types database/sql passes on
// as they are (int64, string, nil): an int goes through its reflection-based converter,
// which boxes it a second time, for each of the millions of values an import writes.

// spanArgs returns the start and end columns of an optional span.
func spanArgs(s *Span) (any, any) {
	if s == nil {
		return nil, nil
	}
	return int64(s.Start), int64(s.End)
}

// sentenceArgs are the sentence, sentence_start and sentence_end of an evidence row: the
// offsets when the sentence is known to stand there in articles.text (the view
// *_with_sentence reads it back), else the sentence itself. Offsets instead of copies
// keep the evidence tables a fraction of the size of the text they point into.
func sentenceArgs(sentence string, at *Span) (any, any, any) {
	if at == nil {
		return nullString(sentence), nil, nil
	}
	return nil, int64(at.Start), int64(at.End)
}
