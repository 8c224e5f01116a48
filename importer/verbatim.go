package importer

import (
	"hash/fnv"
	"slices"
	"strings"
	"unicode"
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

// verbatim reports a report r told in the same sentence as one of a contact's reports,
// published (when both dates are known) within undatedWindow days of it: a republished
// report of the same contact, whatever its date words resolve to from the copy's own
// publication date, or fail to resolve to without one.
func verbatim(have *reportSet, r report) bool {
	if r.Told == 0 {
		return false
	}
	return slices.ContainsFunc(have.distinct, func(h report) bool {
		if h.Told != r.Told {
			return false
		}
		ph, pr, both := bothDays(h.Published, r.Published)
		return !both || abs(ph.Sub(pr).Hours()/24) <= undatedWindow
	})
}

// reprinted reports a report h of a contact that is a copy of another of its reports by
// another outlet: h's date words were written by the other outlet's clock, so the rule
// that one outlet dates by one clock (otherDaySameOutlet) says nothing of h's outlet.
func reprinted(have *reportSet, h report) bool {
	return h.Told != 0 && slices.ContainsFunc(have.distinct, func(o report) bool {
		return o.Told == h.Told && !strings.EqualFold(strings.TrimSpace(o.Publisher), strings.TrimSpace(h.Publisher))
	})
}

// reprintedLater reports a report h of a contact that is a copy, published later or with
// no publication date, of another of its reports whose publication date is known: h
// reads its original's words by a later clock or none, and the original speaks for it
// when another report is compared with the contact's.
func reprintedLater(have *reportSet, h report) bool {
	return h.Told != 0 && slices.ContainsFunc(have.distinct, func(o report) bool {
		return o.Told == h.Told && o.Published != "" && (h.Published == "" || o.Published < h.Published)
	})
}
