package importer

import (
	"hotline/importer/clean"
	"hotline/importer/extract"
)

// entryStamps hands extraction the time stamps the cleaner took out from over a live
// blog's entries, so that an entry's "today" counts from its stamp's day.
func entryStamps(c clean.Result) []extract.Stamp {
	if len(c.Stamps) == 0 {
		return nil
	}
	out := make([]extract.Stamp, len(c.Stamps))
	for i, s := range c.Stamps {
		out[i] = extract.Stamp{At: s.At, Text: s.Text}
	}
	return out
}
