package importer

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"hotline/db"
)

// contactIndex holds every contact of the database filed under blocking keys, so that a
// report of a contact in a new article finds the contacts other articles already reported
// without looking at any other: by participant set, then by bucket: month and mode family
// (the month of the contact's date, or of its first report when undated; a report looks at
// its own month and the two beside it, which covers every window the merge rules allow,
// and at its own mode family and the unspecified one, which are all the modes it can merge
// with), and, for contacts of three or more participants, by each participant and bucket,
// so that two reports of one multilateral meeting that name overlapping sets still meet.
// Only a report with neither a date nor a publication date looks at every month of its
// participant set.
//
// The index is one flat map (a map per participant set cost more than the contacts it
// held), and an article's reports are read back from the database when the article is
// replaced rather than kept for every article: the memory of a run grows with its contacts
// only, by a few hundred bytes each.
type contactIndex struct {
	byKey   map[bucketKey][]*knownContact
	buckets map[string][]string                  // participant key → its buckets in byKey
	byActor map[int64]map[string][]*knownContact // multilateral contacts: actor → bucket → contacts
	byID    map[int64]*knownContact
	dirty   []*knownContact // contacts whose merged facts must be written back
}

// bucketKey files contacts in byKey: a participant set and a bucket (bucketOf).
type bucketKey struct{ set, bucket string }

// knownContact is a contact row, the reports it is merged from and where the index filed it.
type knownContact struct {
	db.ContactRow
	reports reportSet
	dirty   bool
	key     string // participant key it is filed under
	month   string // bucket it is filed under (bucketOf)
	multi   bool   // filed by actor too
}

func newContactIndex(rows []db.ContactRow) *contactIndex {
	ix := &contactIndex{byKey: map[bucketKey][]*knownContact{}, buckets: map[string][]string{},
		byActor: map[int64]map[string][]*knownContact{}, byID: map[int64]*knownContact{}}
	for _, row := range rows {
		c := &knownContact{ContactRow: row}
		c.Mentions = nil // kept as reports; the rows would hold the memory twice
		for _, m := range row.Mentions {
			c.reports.add(reportOf(m))
		}
		c.reports.last = 0
		ix.add(c)
	}
	return ix
}

// reportOf is the report a contact_mentions row keeps.
func reportOf(m db.ContactMentionRow) report {
	return report{ArticleID: m.ArticleID, Published: m.Published,
		Mode: m.Mode, Status: m.Status, Date: m.Date, DateText: m.DateText}
}

// participantKey is the index key of a sorted participant set.
func participantKey(ids []int64) string {
	var b strings.Builder
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatInt(id, 10))
	}
	return b.String()
}

// monthOfContact is the month a contact is filed under: that of its date, else of its
// first report, else "" (filed apart, and looked at by every report).
func monthOfContact(c *knownContact) string {
	if c.reports.n == 0 { // a new contact or a shell: the row's own facts
		return monthPrefix(first(c.Date, c.FirstReported))
	}
	f := c.reports.facts()
	if f.Date != "" {
		return monthPrefix(f.Date)
	}
	return monthPrefix(f.FirstReported)
}

func monthPrefix(date string) string {
	if len(date) < 7 {
		return ""
	}
	return date[:7]
}

// bucketOf is the bucket a contact is filed under: its month and its mode family.
func bucketOf(c *knownContact) string {
	mode := c.Mode
	if c.reports.n > 0 {
		mode = c.reports.facts().Mode
	}
	return monthOfContact(c) + "/" + modeFamily(mode)
}

// reportBuckets are the buckets a report's contact may be filed under, or nil when the
// report has no date and no publication date to place it: the months around it, each
// with the report's mode family and the unspecified one (every family for a report of
// unspecified mode, which merges with any).
func reportBuckets(r report) []string {
	anchor := monthPrefix(r.Date)
	if anchor == "" {
		anchor = monthPrefix(r.Published)
	}
	if anchor == "" {
		return nil
	}
	m, err := parseMonth(anchor)
	if err != nil {
		return nil
	}
	families := []string{"", "call", "meeting"}
	if f := modeFamily(r.Mode); f != "" {
		families = []string{"", f}
	}
	var out []string
	for _, month := range []string{anchor, m.AddDate(0, -1, 0).Format("2006-01"), m.AddDate(0, 1, 0).Format("2006-01"), ""} {
		for _, f := range families {
			out = append(out, month+"/"+f)
		}
	}
	return out
}

// file puts c under its blocking keys.
func (ix *contactIndex) file(c *knownContact) {
	c.key, c.month = participantKey(c.Participants), bucketOf(c)
	k := bucketKey{c.key, c.month}
	if len(ix.byKey[k]) == 0 {
		ix.buckets[c.key] = append(ix.buckets[c.key], c.month)
	}
	ix.byKey[k] = append(ix.byKey[k], c)
	c.multi = len(c.Participants) >= minMultilateral
	if !c.multi {
		return
	}
	for _, p := range c.Participants {
		byMonth := ix.byActor[p]
		if byMonth == nil {
			byMonth = map[string][]*knownContact{}
			ix.byActor[p] = byMonth
		}
		byMonth[c.month] = append(byMonth[c.month], c)
	}
}

// unfile takes c from under its blocking keys.
func (ix *contactIndex) unfile(c *knownContact) {
	k := bucketKey{c.key, c.month}
	if left := slices.DeleteFunc(ix.byKey[k], func(x *knownContact) bool { return x == c }); len(left) > 0 {
		ix.byKey[k] = left
	} else {
		delete(ix.byKey, k)
		ix.buckets[c.key] = slices.DeleteFunc(ix.buckets[c.key], func(b string) bool { return b == c.month })
		if len(ix.buckets[c.key]) == 0 {
			delete(ix.buckets, c.key)
		}
	}
	if c.multi {
		for _, p := range c.Participants {
			if m := ix.byActor[p]; m != nil {
				m[c.month] = slices.DeleteFunc(m[c.month], func(x *knownContact) bool { return x == c })
			}
		}
	}
}

// refile moves c when its participants or its bucket changed.
func (ix *contactIndex) refile(c *knownContact) {
	if c.key == participantKey(c.Participants) && c.month == bucketOf(c) {
		return
	}
	participants := c.Participants
	c.Participants = parseKey(c.key)
	ix.unfile(c)
	c.Participants = participants
	ix.file(c)
}

func parseKey(key string) []int64 {
	var out []int64
	for _, s := range strings.Split(key, ",") {
		if id, err := strconv.ParseInt(s, 10, 64); err == nil {
			out = append(out, id)
		}
	}
	return out
}

// best returns the contact that report r of a contact among participants can be a report
// of, the one agreeing most when several can (an exact participant set before an
// overlapping one, then the most recently reported, then the oldest), or nil. A contact
// whose only reports came from a replaced article is an empty shell: it is taken only when
// no reported contact fits, so that re-importing an edited article keeps its contacts' ids.
func (ix *contactIndex) best(participants []int64, r report) *knownContact {
	var found *knownContact
	bestScore := -2
	consider := func(c *knownContact, exact bool) {
		score, ok := -1, true
		if c.reports.n > 0 {
			score, ok = agreementWith(&c.reports, r)
			if exact {
				score++ // an exact set beats an overlapping one
			}
		} else if !exact {
			return
		}
		if !ok {
			return
		}
		if score > bestScore || (score == bestScore && lastReported(c) > lastReported(found)) {
			found, bestScore = c, score
		}
	}
	months := reportBuckets(r)
	set := participantKey(participants)
	buckets := months
	if buckets == nil {
		buckets = ix.buckets[set]
	}
	for _, b := range buckets {
		for _, c := range ix.byKey[bucketKey{set, b}] {
			consider(c, true)
		}
	}
	if len(participants) >= minMultilateral {
		seen := map[*knownContact]bool{}
		for _, p := range participants {
			eachIn(ix.byActor[p], months, func(c *knownContact) {
				if seen[c] || slices.Equal(c.Participants, participants) {
					return
				}
				seen[c] = true
				if overlapping(c.Participants, participants) {
					consider(c, false)
				}
			})
		}
	}
	return found
}

// eachIn calls fn on the contacts of byMonth filed under the buckets months, or under
// every bucket when months is nil.
func eachIn(byMonth map[string][]*knownContact, months []string, fn func(*knownContact)) {
	if months == nil {
		for _, cs := range byMonth {
			for _, c := range cs {
				fn(c)
			}
		}
		return
	}
	for _, m := range months {
		for _, c := range byMonth[m] {
			fn(c)
		}
	}
}

// minMultilateral is the smallest participant set of a multilateral contact.
const minMultilateral = 3

// overlapping says whether two participant sets (sorted) of multilateral contacts are
// close enough to be one meeting named differently by two articles: at least three
// participants in common, and at least two thirds of the smaller set.
func overlapping(a, b []int64) bool {
	if len(a) < minMultilateral || len(b) < minMultilateral {
		return false
	}
	common := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			common++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return common >= minMultilateral && 3*common >= 2*min(len(a), len(b))
}

// union is the sorted union of two sorted participant sets.
func union(a, b []int64) []int64 {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}

func lastReported(c *knownContact) string {
	if c == nil || c.reports.n == 0 {
		return ""
	}
	return c.reports.facts().LastReported
}

// add indexes a new contact.
func (ix *contactIndex) add(c *knownContact) {
	ix.byID[c.ID] = c
	ix.file(c)
}

// report attaches an article's report to a contact.
func (ix *contactIndex) report(c *knownContact, r report, merged bool) {
	c.reports.add(r)
	ix.refile(c)
	if merged {
		ix.markDirty(c)
	}
}

func (ix *contactIndex) markDirty(c *knownContact) {
	if !c.dirty {
		c.dirty = true
		ix.dirty = append(ix.dirty, c)
	}
}

// forgetArticle drops an article's reports, read from the database, before the article
// is replaced (its contact_mentions rows are deleted with it). A contact left without
// reports stays as a shell for the new version of the article to reuse; PruneOrphans
// deletes it at the end of the run if nothing did.
func (ix *contactIndex) forgetArticle(ctx context.Context, tx *db.WriteTx, articleID int64) error {
	reports, err := tx.ArticleReports(ctx, articleID)
	if err != nil {
		return err
	}
	for _, m := range reports {
		c := ix.byID[m.ContactID]
		if c == nil {
			continue
		}
		c.reports.remove(reportOf(m))
		ix.refile(c)
		ix.markDirty(c)
	}
	return nil
}

// flush writes the merged facts of every contact whose reports changed.
func (ix *contactIndex) flush(ctx context.Context, tx *db.WriteTx) error {
	for _, c := range ix.dirty {
		if c.reports.n == 0 {
			continue
		}
		f := c.reports.facts()
		c.Mode, c.Status, c.Date, c.DateText = f.Mode, f.Status, f.Date, f.DateText
		c.FirstReported, c.LastReported = f.FirstReported, f.LastReported
		if err := tx.UpdateContact(ctx, c.ContactRow); err != nil {
			return err
		}
		c.dirty = false
	}
	ix.dirty = nil
	return nil
}
