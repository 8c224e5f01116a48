package importer

import (
	"fmt"
	"strings"
	"time"
)

// String reports a run the way the CLI prints it: one line of totals, then one line per
// skipped input with the reason, so a user sees what to fix.
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d articles: %d new, %d updated, %d unchanged, %d skipped; "+
		"%d actors (%d new), %d contacts (%d new), %d quotes (%d new) in %s",
		s.Articles, s.New, s.Updated, s.Unchanged, s.Skipped,
		s.Actors.Total, s.Actors.New, s.Contacts.Total, s.Contacts.New, s.Quotes.Total, s.Quotes.New,
		s.Elapsed.Round(time.Millisecond))
	for _, skip := range s.Skips {
		fmt.Fprintf(&b, "\nskipped %s: %s", skip.Source, skip.Reason)
	}
	return b.String()
}

// Outcome is what a run amounts to for the user: the CLI's exit status follows it.
type Outcome int

const (
	// Complete: every article given was imported, updated or found unchanged.
	Complete Outcome = iota
	// Partial: some inputs were skipped (Skips says which and why); the rest was imported.
	Partial
	// Nothing: no article given could be imported (every input was skipped, missing or
	// empty).
	Nothing
)

// Outcome tells a complete run from a partial one and one that imported nothing.
func (s Summary) Outcome() Outcome {
	switch {
	case s.New+s.Updated+s.Unchanged == 0:
		return Nothing
	case s.Skipped > 0:
		return Partial
	}
	return Complete
}
