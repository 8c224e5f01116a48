package importer

import (
	"fmt"
	"time"

	"hotline/db"

	"hotline/importer/extract"
	"hotline/importer/extract/lexicon"
	"hotline/importer/source"
)

// Options configure one import run. The zero value works: no progress reports, the
// built-in extractor, default meta values.
type Options struct {
	// Version is the Hotline version, recorded in the imports table and the meta table.
	Version string
	// Meta holds values for the meta table (title, description, source, license); a
	// non-empty value overwrites what the database holds. Keys left out keep their value,
	// or get a default on the first import.
	Meta map[string]string
	// Progress, when set, is called after each article read (imported or not) with the
	// number done so far and the article's source. The CLI turns it into a progress bar.
	Progress func(done int, source string)
	// Reextract re-extracts articles whose content is unchanged, replacing their rows, so
	// that improved rules reach a database made by an older Hotline.
	Reextract bool
	// Workers is how many articles are cleaned and extracted at once; 0 means one per
	// core. The result never depends on it: articles are written in the order they are read.
	Workers int
	// KeepRawText stores each article's text as read, before cleaning, in articles.raw_text;
	// otherwise the column holds "" (the cleaned text is what offsets and search use, and
	// the raw copy doubled the size of the articles table).
	KeepRawText bool
	// AtPeak, when set, is called once the last article is written and before the run
	// finishes: when its in-memory indexes are largest. `import --memprofile` writes its
	// heap profile there, where it shows what the run keeps, not what it freed.
	AtPeak func()
	// Read sets the article size limit and the text encoding policy (source.Options).
	Read source.Options
	// HeldContacts is how many contacts the run keeps in memory between articles; the
	// others wait in the database until a report may be of them (0: 8192). The result
	// never depends on it; tests set it low to read contacts back all the time.
	HeldContacts int
	// Extractor finds actors, contacts and quotes in one cleaned article; nil means
	// importer/extract's rules. Tests pass hand-built results through it.
	Extractor Extractor
}

// Extractor is what an import needs of importer/extract: one cleaned article in, its
// actors, contacts and quotes out. Implementations must not keep per-article state.
type Extractor interface {
	Extract(extract.Input) extract.Result
}

// Dater is what an Extractor may also do: find the publication date printed in the page
// text ("Published On 5 Nov 2023", "June 19, 2023 5:05 AM ET") of an article whose source
// gave none. Cleaning strips such lines, so it reads the raw body.
type Dater interface {
	Publication(body string) string
}

// Issuerer is what an Extractor may also do: read the person who issued a first-person
// release from its header ("The Hon Julie Bishop MP"), which cleaning strips.
type Issuerer interface {
	Issuer(body string) string
}

// Officer is what an Extractor may also do: say whether a role is the office of a head of
// state or government, so that cross-article resolution takes "Chinese leader X" for the
// president of that name.
type Officer interface {
	IsLeaderRole(role string) bool
}

// leaderRole is ex's IsLeaderRole or, for an Extractor without one (a test's script), the
// embedded lexicon's: which offices head a state is a fact of the lexicon, not of the rules.
func leaderRole(ex Extractor) (func(string) bool, error) {
	if o, ok := ex.(Officer); ok {
		return o.IsLeaderRole, nil
	}
	g, err := lexicon.Load()
	if err != nil {
		return nil, fmt.Errorf("loading the office table: %w", err)
	}
	return g.IsLeaderRole, nil
}

// Summary is the outcome of one import run.
type Summary struct {
	ImportID int64
	// Articles by outcome: New and Updated were written, Unchanged had the same source and
	// content as before, Skipped were not imported (Skips says why; it includes files the
	// reader could not use and duplicates of another source's article).
	New, Updated, Unchanged, Skipped int
	Skips                            []source.Skip
	// Actors, contacts and quotes: rows in the database after the run, and rows this run
	// created.
	Actors, Contacts, Quotes Count
	// Articles is the number of articles in the database after the run.
	Articles int
	// Pruned counts rows removed because updated articles no longer supported them.
	PrunedActors, PrunedContacts int
	Elapsed                      time.Duration
	// Phases is where the run's CPU time went, up to its commit (also in its imports row).
	Phases db.Phases
}

// Count is a table's row total and how many of its rows a run created.
type Count struct {
	Total, New int
}
