package importer_test

import (
	"strings"
	"unicode/utf8"

	"hotline/importer/extract"
)

// script is a stand-in extractor for pipeline tests: each scene is found by a marker word
// in the article and turned into an extract.Result with real rune offsets, so the tests
// control exactly what the resolver and the contact merge receive.
type script map[string]scene

type scene struct {
	actors   []actorSpec
	contacts []contactSpec
	quotes   []quoteSpec
}

type actorSpec struct {
	name, kind, role, country string
	surfaces                  []string // each occurrence in the text is a mention
}

type contactSpec struct {
	parts                    []int
	mode, status, date, text string
}

type quoteSpec struct {
	text    string
	speaker int
}

func (s script) Extract(in extract.Input) extract.Result {
	var res extract.Result
	for marker, sc := range s {
		if !strings.Contains(in.Text, marker) {
			continue
		}
		for _, a := range sc.actors {
			x := extract.Actor{Name: a.name, Kind: extract.Kind(a.kind), Role: a.role, Country: a.country, Aliases: a.surfaces}
			for _, surface := range a.surfaces {
				for _, start := range runeIndexes(in.Text, surface) {
					x.Mentions = append(x.Mentions, extract.Span{Start: start,
						End: start + utf8.RuneCountInString(surface), Rule: "script.actor"})
				}
			}
			res.Actors = append(res.Actors, x)
		}
		for _, c := range sc.contacts {
			res.Contacts = append(res.Contacts, extract.Contact{Participants: c.parts, Mode: extract.Mode(c.mode),
				Status: extract.Status(c.status), Date: c.date, DateText: c.text, Initiator: -1,
				Evidence: extract.Span{Start: 0, End: 1, Rule: "script.contact"}})
		}
		for _, q := range sc.quotes {
			span := extract.Span{Start: -1, End: -1, Rule: "script.quote"}
			if at := runeIndexes(in.Text, q.text); len(at) > 0 {
				span.Start, span.End = at[0], at[0]+utf8.RuneCountInString(q.text)
			}
			res.Quotes = append(res.Quotes, extract.Quote{Text: q.text, Speaker: q.speaker, Evidence: span})
		}
	}
	return res
}

// runeIndexes returns the rune offsets of every occurrence of sub in s.
func runeIndexes(s, sub string) []int {
	var out []int
	for from := 0; ; {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return out
		}
		out = append(out, utf8.RuneCountInString(s[:from+i]))
		from += i + len(sub)
	}
}
