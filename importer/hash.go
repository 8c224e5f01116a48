package importer

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"hotline/importer/source"
)

// contentHash identifies an article's content: its text and metadata, but not where it was
// read from, so the same article under two names is recognized as one. Each field is
// length-prefixed so that moving text between fields changes the hash.
func contentHash(a source.Article) string {
	h := sha256.New()
	for _, field := range []string{a.Title, a.Published, a.URL, a.Publisher, a.Author, a.Text} {
		fmt.Fprintf(h, "%d:%s;", len(field), field)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// validDay returns s when it is a real YYYY-MM-DD date and "" otherwise, so one odd date
// from a reader never fails the database's CHECK and the whole run with it.
func validDay(s string) string {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return ""
	}
	return s
}
