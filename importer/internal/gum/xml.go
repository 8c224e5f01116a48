package gum

import (
	"fmt"
	"net/url"
	"regexp"
)

var (
	xmlTag   = regexp.MustCompile(`<(/?)(\w+)([^>]*)>`)
	attrPair = regexp.MustCompile(`(\w+):::"([^"]*)"`)
)

// openDate is a <date> opened and not yet closed: its first token and the date its
// attributes give.
type openDate struct {
	from int
	date Date
}

// xml reads the tags of an XML= value (URL-escaped; kept as it is if it does not
// unescape) at token i: quotations (<quote>, <q>) and dates (<date>); GUM's other tags
// are passed over. A <date> inside a <date>, or a </date> with none open, is an error,
// as the gold would be misread.
func (b *builder) xml(i int, v string) error {
	if u, err := url.PathUnescape(v); err == nil {
		v = u
	}
	for _, m := range xmlTag.FindAllStringSubmatch(v, -1) {
		closing, name, attrs := m[1] == "/", m[2], m[3]
		switch {
		case (name == "quote" || name == "q") && !closing:
			b.quotes = append(b.quotes, i)
		case name == "quote" || name == "q":
			if n := len(b.quotes); n > 0 {
				b.doc.Quotes = append(b.doc.Quotes, Span{From: b.quotes[n-1], To: i + 1})
				b.quotes = b.quotes[:n-1]
			}
		case name == "date" && closing:
			if b.date == nil {
				return fmt.Errorf("</date> with no <date>")
			}
			b.doc.Dates = append(b.doc.Dates, b.date.date)
			b.dates = append(b.dates, Span{From: b.date.from, To: i + 1})
			b.date = nil
		case name == "date":
			if b.date != nil {
				return fmt.Errorf("<date> inside a <date>")
			}
			b.date = &openDate{from: i, date: dateOf(attrs)}
		}
	}
	return nil
}

// dateOf reads a <date>'s attributes.
func dateOf(attrs string) Date {
	var d Date
	for _, a := range attrPair.FindAllStringSubmatch(attrs, -1) {
		switch a[1] {
		case "when":
			d.Value = a[2]
		case "from", "notBefore":
			d.From = a[2]
		case "to", "notAfter":
			d.To = a[2]
		}
	}
	d.Grain = grainOf(d)
	return d
}
