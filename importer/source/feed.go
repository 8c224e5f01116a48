package source

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// News feeds: RSS 2.0 (<rss><channel><item>), RSS 1.0 (<rdf:RDF><item>) and Atom
// (<feed><entry>), what feed readers save and many scrapers start from. Each item is an
// article (source#1, source#2, ...): its title, link, date (pubDate, dc:date, published,
// updated), author (dc:creator, author) and text: the full content where the feed carries
// it (content:encoded, Atom's content), else the description or summary. The feed's own
// title names the publisher. HTML in the text is read as the other formats' is.

// feedItem is one RSS item or Atom entry; xml matches the local names.
type feedItem struct {
	Title       string     `xml:"title"`
	Links       []feedLink `xml:"link"`
	PubDate     string     `xml:"pubDate"`
	Date        string     `xml:"date"` // dc:date
	Published   string     `xml:"published"`
	Updated     string     `xml:"updated"`
	Creator     string     `xml:"creator"` // dc:creator
	Author      feedAuthor `xml:"author"`
	Encoded     string     `xml:"encoded"` // content:encoded
	Content     string     `xml:"content"`
	Description string     `xml:"description"`
	Summary     string     `xml:"summary"`
}

// feedLink is RSS's <link>URL</link> or Atom's <link rel="alternate" href="URL"/>.
type feedLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Text string `xml:",chardata"`
}

// feedAuthor is RSS's <author>email (name)</author> or Atom's <author><name>.
type feedAuthor struct {
	Name string `xml:"name"`
	Text string `xml:",chardata"`
}

// url is the item's address: the first link that is not another relation than the page's.
func (it feedItem) url() string {
	for _, l := range it.Links {
		if l.Rel != "" && l.Rel != "alternate" {
			continue
		}
		if u := strings.TrimSpace(first(l.Href, l.Text)); u != "" {
			return u
		}
	}
	return ""
}

// record is the item as the fields the other formats read.
func (it feedItem) record(publisher string) record {
	return newRecord(map[string]any{
		"title":     it.Title,
		"url":       it.url(),
		"date":      first(it.PubDate, it.Date, it.Published, it.Updated),
		"author":    first(it.Creator, it.Author.Name, it.Author.Text),
		"text":      first(it.Encoded, it.Content, it.Description, it.Summary),
		"publisher": publisher,
	})
}

// first is the first of vs that is not blank.
func first(vs ...string) string {
	for _, v := range vs {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// feed streams the items of an RSS or Atom feed. A file whose root element is not a feed's
// is refused as a whole: an .xml file may be anything.
func (r *reader) feed(in io.Reader, source string) error {
	d := xml.NewDecoder(in)
	// Feeds in the wild carry HTML's entities (&nbsp;) and stray ampersands. HTML's void
	// elements are not closed for it: RSS's <link> holds the address.
	d.Strict = false
	d.Entity = xml.HTMLEntity
	var path []string // the local names of the open elements
	publisher, n := "", 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("item %d: invalid XML: %v", n+1, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			if len(path) == 0 && name != "rss" && name != "feed" && name != "RDF" {
				return fmt.Errorf("not a news feed: the root element is <%s>, not <rss> or <feed>", name)
			}
			switch {
			case name == "item" || name == "entry":
				var it feedItem
				if err := d.DecodeElement(&it, &t); err != nil {
					return fmt.Errorf("item %d: invalid XML: %v", n+1, err)
				}
				n++
				if err := r.record(it.record(publisher), fmt.Sprintf("%s#%d", source, n)); err != nil {
					return err
				}
				continue
			case name == "title" && publisher == "" && len(path) > 0 && (path[len(path)-1] == "channel" || path[len(path)-1] == "feed"):
				var title string
				if err := d.DecodeElement(&title, &t); err != nil {
					return fmt.Errorf("feed title: invalid XML: %v", err)
				}
				publisher = r.markup.plainText(strings.TrimSpace(title))
				continue
			}
			path = append(path, name)
		case xml.EndElement:
			if len(path) > 0 {
				path = path[:len(path)-1]
			}
		}
	}
}
