package importer

import (
	"strings"
	"unicode/utf8"

	"hotline/importer/source"
)

// printedDate is the publication date an article prints when its source gave none: a
// dated line at the top of the body, else a date that ends its headline, as readouts and
// releases put it ("PM call with President Zelenskyy: 12 March 2024", "Joint statement |
// March 12, 2024"). A date inside a headline's words ("Biden, Xi to meet on Nov 15") is
// the news, not the publication, and is not read.
func printedDate(d Dater, a source.Article) string {
	if p := validDay(d.Publication(a.Text)); p != "" {
		return p
	}
	if i := strings.LastIndexAny(a.Title, ":|–—"); i >= 0 {
		_, size := utf8.DecodeRuneInString(a.Title[i:])
		return validDay(d.Publication(a.Title[i+size:]))
	}
	return ""
}
