package importer

import (
	"hash/fnv"
	"slices"
	"strings"
	"unicode"

	"hotline/db"
)

// verbatimWords is the least number of words a sentence must have for two articles that
// tell a contact in it word for word to be taken as one outlet's copy of the other's
// report: a short sentence ("The two leaders met.") is a phrase many stories print.
const verbatimWords = 8

// sentencePrint is the fingerprint of the sentence a report was read from: its words in
// lower case, letters and digits only, so that a pickup's other quotes, dashes and
// spacing do not tell it apart; 0 for a sentence under verbatimWords words or none.
// Wire services' clients print a story as it came, cut or retitled, and often without the
// date words a merge would compare (an undated story, "met on Tuesday" read from another
// day): the sentence itself says that the two reports are one. 32 bits keep a saved
// contact small (contact_state.go); a print is only compared among contacts of the same
// participants, where two sentences that share one are as good as never met.
func sentencePrint(sentence string) uint32 {
	words := strings.FieldsFunc(strings.ToLower(sentence), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) < verbatimWords {
		return 0
	}
	h := fnv.New32a()
	for _, w := range words {
		h.Write([]byte(w))
		h.Write([]byte{' '})
	}
	if s := h.Sum32(); s != 0 {
		return s
	}
	return 1
}

// copyWindow is how many days apart (when both publication dates are known) a copy and
// its original may be published: wire clients print a story the day it moves or the next
// (a day later by their own clock across time zones); the same sentence a week on is as
// likely a boilerplate readout of the pair's next call ("X spoke today with Y of Z").
const copyWindow = 2

// verbatim reports a report r told in the same sentence as one of a contact's reports by
// another outlet, published (when both dates are known) within copyWindow days of it: a
// republished report of the same contact, whatever its date words resolve to from the
// copy's own publication date, or fail to resolve to without one. One outlet printing a
// sentence again is no copy: a government's readouts reuse their opening sentence for
// every call of a pair, each "today" its own day.
func verbatim(have *reportSet, r report) bool {
	if r.Told == 0 {
		return false
	}
	return slices.ContainsFunc(have.distinct, func(h report) bool {
		if h.Told != r.Told || sameOutlet(h, r) {
			return false
		}
		ph, pr, both := bothDays(h.Day, r.Day)
		return !both || abs(ph.Sub(pr).Hours()/24) <= copyWindow
	})
}

// publishedDay is a report's day (report.Day) as the merge index files it (days since
// 1970-01-01), db.NoDay when its article gives none.
func publishedDay(r report) int64 {
	t, ok := parseDay(r.Day)
	if !ok {
		return db.NoDay
	}
	return t.Unix() / 86400
}

// sameOutlet reports two reports whose publishers are known and the same.
func sameOutlet(a, b report) bool {
	pa, pb := strings.TrimSpace(a.Publisher), strings.TrimSpace(b.Publisher)
	return pa != "" && strings.EqualFold(pa, pb)
}

// reprinted reports a report h of a contact that is a copy of another of its reports by
// another outlet: h's date words were written by the other outlet's clock, so the rule
// that one outlet dates by one clock (otherDaySameOutlet) says nothing of h's outlet.
func reprinted(have *reportSet, h report) bool {
	return h.Told != 0 && slices.ContainsFunc(have.distinct, func(o report) bool {
		return o.Told == h.Told && !sameOutlet(o, h)
	})
}

// reprintedLater reports a report h of a contact that is a copy, published later or with
// no publication date, of another of its reports whose publication date is known: h
// reads its original's words by a later clock or none, and the original speaks for it
// when another report is compared with the contact's.
func reprintedLater(have *reportSet, h report) bool {
	return h.Told != 0 && slices.ContainsFunc(have.distinct, func(o report) bool {
		return o.Told == h.Told && o.Day != "" && (h.Day == "" || o.Day < h.Day)
	})
}
