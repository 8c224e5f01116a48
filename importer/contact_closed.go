package importer

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"hotline/db"
)

// A report that gives no date and no publication date (reportBuckets nil) looks at every
// contact of its participant set, and a feed that tells the same pair's calls thousands of
// times that way ("X spoke with Y by phone", no day, no date line) leaves thousands of
// contacts of that set, none of which such a report can join: each import of one then read
// and compared every earlier one (2,000 and 8,000 reports of one pair took 1.9 and 7.5 ms
// of CPU per report). Those contacts are filed as closed (closedToUndated), and the lookup
// of an undated report leaves them out by an index, of its participant set
// (filedForUndated) and of each participant's multilateral contacts (multilateral).

// closedToUndated reports a contact no report without a resolved date can join: one filed
// under no month (no report gives a date or a publication month) that has a report whose
// words name neither a weekday nor a month and whose publication date is unknown.
// wordsAgree turns such a pair down whatever the other report says: nothing ties them to
// one day. agreementWith compares a report with each of a contact's reports, so one such
// report closes the contact.
func closedToUndated(c *knownContact) bool {
	if c.reports.n == 0 || !strings.HasPrefix(c.month, "/") {
		return false
	}
	return slices.ContainsFunc(c.reports.distinct, func(h report) bool {
		if h.Date != "" {
			return false
		}
		if _, ok := parseDay(h.Day); ok {
			return false
		}
		w := parseDateWords(h.DateText)
		return !w.HasDay && w.Month == 0
	})
}

// filedForUndated returns the contacts of participant set set that a report which gives
// no date may join, as candidates(every filing of set, nil) would with the closed ones
// left out: in the order of each bucket's earliest filing, closed contacts counted (only
// the buckets of no month hold them), each bucket in filing order.
func (ix *contactIndex) filedForUndated(ctx context.Context, set string) ([]*knownContact, error) {
	filed, err := ix.tx.FiledOpenContacts(ctx, set)
	if err != nil {
		return nil, err
	}
	first, err := ix.tx.FirstFilings(ctx, set, []string{"/", "/call", "/meeting"})
	if err != nil {
		return nil, err
	}
	for _, f := range filed {
		if s, ok := first[f.Bucket]; !ok || f.Seq < s {
			first[f.Bucket] = f.Seq
		}
	}
	slices.SortStableFunc(filed, func(a, b db.FiledContact) int {
		return cmp.Or(cmp.Compare(first[a.Bucket], first[b.Bucket]), cmp.Compare(a.Bucket, b.Bucket))
	})
	return ix.holdAll(filed)
}
