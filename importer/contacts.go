package importer

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"hotline/db"
	"hotline/importer/extract"
)

// contactIndex files every contact of the database under blocking keys, so that a report
// of a contact in a new article finds the contacts other articles already reported without
// looking at any other: by participant set, then by bucket: month and mode family (the
// month of the contact's date, or of its first report when undated; a report looks at its
// own month and the two beside it, which covers every window the merge rules allow, and at
// its own mode family and the unspecified one, which are all the modes it can merge with,
// or at every family when it gives its day: a video call and a meeting of that day may merge),
// and, for contacts of three or more participants, by each participant and bucket, so that
// two reports of one multilateral meeting that name overlapping sets still meet, and a
// report of two participants finds the larger contact it is part of (partOf), and a report
// of a larger contact the pairs earlier articles told it through, by their participant
// sets (toldThrough). Only a report with neither a date nor a publication date looks at
// every month of its participant set, and then at none of the contacts closed to it
// (closedToUndated), which a feed of such reports leaves by the thousand.
//
// The filing lives in temporary tables of the import's transaction (db.FileContact), and
// only the contacts used by the latest articles are held in memory (at most heldContacts
// of them): a contact let go is saved with its reports in the index's row and read back
// when a report may be of it. So an import's memory does not grow with its contacts, and
// a lookup costs an indexed query whatever the size of the database.
type contactIndex struct {
	tx       *db.WriteTx
	held     map[int64]*knownContact
	seq      int64 // filings so far: the order candidates are looked at in
	articles int64 // articles written so far: when a held contact was last used
	limit    int   // most contacts held between articles
	filter   *keyFilter
	loaded   int64 // the largest id of the contacts the database held before the run
}

// heldContacts is how many contacts stay in memory between articles, a few hundred bytes
// each: the contacts of the last thousands of articles, which the worst case (every
// article about the same few persons) keeps using.
const heldContacts = 8192

// knownContact is a contact row, the reports it is merged from and where the index filed it.
type knownContact struct {
	db.ContactRow
	reports reportSet
	dirty   bool   // merged facts to be written back
	key     string // participant key it is filed under
	month   string // bucket it is filed under (bucketOf)
	multi   bool   // filed by actor too
	closed  bool   // filed as closed to undated reports (closedToUndated)
	used    int64  // the index's article count when last used
	// saved is the state the index keeps of it (read back by hold), nil when it has
	// none: letGo writes its state only when it differs.
	saved []byte
}

// savedContact is what the index keeps of a contact it does not hold (contact_state.go).
type savedContact struct {
	Row      db.ContactRow
	Distinct []report
	Counts   []int
	N        int
	Last     int64
}

// newContactIndex files the database's contacts in the run's temporary tables, reading them
// loadChunk at a time.
func newContactIndex(ctx context.Context, tx *db.WriteTx, limit int) (*contactIndex, error) {
	if limit <= 0 {
		limit = heldContacts
	}
	ix := &contactIndex{tx: tx, held: map[int64]*knownContact{}, limit: limit, filter: newKeyFilter()}
	if err := tx.CreateContactIndex(ctx); err != nil {
		return nil, err
	}
	for after := int64(0); ; {
		rows, err := tx.LoadContacts(ctx, after, loadChunk)
		if err != nil || len(rows) == 0 {
			return ix, err
		}
		for _, row := range rows {
			c := &knownContact{ContactRow: row}
			c.Mentions = nil // kept as reports; the rows would hold the memory twice
			for _, m := range row.Mentions {
				c.reports.add(reportOf(m))
			}
			c.reports.last = 0
			if err := ix.add(ctx, c); err != nil {
				return nil, err
			}
			for _, r := range c.reports.distinct { // a later run's copy of a report finds it
				if r.Told != 0 {
					if err := tx.FileContactTold(ctx, r.Told, publishedDay(r), c.ID); err != nil {
						return nil, err
					}
				}
			}
			if err := ix.letGo(ctx, c); err != nil {
				return nil, err
			}
		}
		after = rows[len(rows)-1].ID
		ix.loaded = after
	}
}

// loadChunk is how many contacts newContactIndex reads at once.
const loadChunk = 1000

// reportOf is the report a contact_mentions row keeps.
func reportOf(m db.ContactMentionRow) report {
	return report{ArticleID: m.ArticleID, Day: m.Day, Publisher: m.Publisher,
		Mode: m.Mode, Status: m.Status, Date: m.Date, DateText: m.DateText, Talks: talksOnly(m.Mode, m.Rule),
		Sidelines: extract.OnSidelines(m.Rule), Told: sentencePrint(m.Sentence)}
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
		anchor = monthPrefix(r.Day)
	}
	if anchor == "" {
		return nil
	}
	m, err := parseMonth(anchor)
	if err != nil {
		return nil
	}
	families := []string{"", "call", "meeting"}
	if f := modeFamily(r.Mode); f != "" && !exactDay(r.Date) { // a day may meet any family (agreementWith)
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

// file puts c under its blocking keys (again, when it moved).
func (ix *contactIndex) file(ctx context.Context, c *knownContact) error {
	wasMulti := c.multi
	c.key, c.month = participantKey(c.Participants), bucketOf(c)
	c.multi = len(c.Participants) >= minMultilateral
	var actors []int64
	if c.multi {
		actors = c.Participants
		for _, p := range actors {
			ix.filter.add(actorKey(p), c.month)
		}
	}
	ix.filter.add(c.key, c.month)
	ix.seq++
	c.closed = closedToUndated(c)
	return ix.tx.FileContact(ctx, c.ID, c.key, c.month, ix.seq, c.closed, actors, wasMulti)
}

// refile moves c when its participants or its bucket changed, and marks it closed or
// open when its reports made it so (closedToUndated) without moving it: the order
// candidates are looked at in stays the order of their filings.
func (ix *contactIndex) refile(ctx context.Context, c *knownContact) error {
	if c.key != participantKey(c.Participants) || c.month != bucketOf(c) {
		return ix.file(ctx, c)
	}
	if closed := closedToUndated(c); closed != c.closed {
		c.closed = closed
		return ix.tx.MarkContactClosed(ctx, c.ID, closed)
	}
	return nil
}

// hold returns the contact a filing is of, from memory or read back from its saved state.
func (ix *contactIndex) hold(f db.FiledContact) (*knownContact, error) {
	if c := ix.held[f.ID]; c != nil {
		c.used = ix.articles
		return c, nil
	}
	s, err := unmarshalState(f.State)
	if err != nil {
		return nil, fmt.Errorf("reading back contact %d: %w", f.ID, err)
	}
	c := &knownContact{ContactRow: s.Row, key: f.Set, month: f.Bucket, used: ix.articles, saved: f.State}
	c.reports = reportSet{distinct: s.Distinct, counts: s.Counts, n: s.N, last: s.Last}
	c.multi = len(c.Participants) >= minMultilateral
	c.closed = f.Closed
	ix.held[f.ID] = c
	return c, nil
}

// letGo saves c in its filing and drops it from memory, writing its merged facts first
// when they changed. Most contacts it lets go were only read back to be compared with a
// report and are let go unchanged: their filing keeps the state it has.
func (ix *contactIndex) letGo(ctx context.Context, c *knownContact) error {
	if err := ix.writeBack(ctx, c); err != nil {
		return err
	}
	state, err := marshalState(savedContact{Row: c.ContactRow, Distinct: c.reports.distinct,
		Counts: c.reports.counts, N: c.reports.n, Last: c.reports.last})
	if err != nil {
		return err
	}
	delete(ix.held, c.ID)
	if c.saved != nil && bytes.Equal(state, c.saved) {
		return nil
	}
	return ix.tx.SaveContactState(ctx, c.ID, state)
}

// articleDone is called after each article: it lets go of the contacts used longest ago
// when more than the limit are held, down to three quarters of it.
func (ix *contactIndex) articleDone(ctx context.Context) error {
	ix.articles++
	if len(ix.held) <= ix.limit {
		return nil
	}
	all := make([]*knownContact, 0, len(ix.held))
	for _, c := range ix.held {
		all = append(all, c)
	}
	slices.SortFunc(all, func(a, b *knownContact) int { return cmp.Or(cmp.Compare(a.used, b.used), cmp.Compare(a.ID, b.ID)) })
	for _, c := range all[:len(all)-ix.limit*3/4] { // all of them for a limit of 1
		if err := ix.letGo(ctx, c); err != nil {
			return err
		}
	}
	return nil
}

// candidates returns the contacts of filings in the order the in-memory index looked at
// them: bucket by bucket in the order of buckets (or, when buckets is nil, of each
// bucket's earliest filing), each bucket in filing order.
func (ix *contactIndex) candidates(filed []db.FiledContact, buckets []string) ([]*knownContact, error) {
	rank := map[string]int{}
	if buckets != nil {
		for i, b := range buckets {
			if _, ok := rank[b]; !ok {
				rank[b] = i
			}
		}
	} else {
		for _, f := range filed { // in filing order: the first seen is the earliest
			if _, ok := rank[f.Bucket]; !ok {
				rank[f.Bucket] = len(rank)
			}
		}
	}
	slices.SortStableFunc(filed, func(a, b db.FiledContact) int { return cmp.Compare(rank[a.Bucket], rank[b.Bucket]) })
	return ix.holdAll(filed)
}

// holdAll holds the contact of each filing, in their order.
func (ix *contactIndex) holdAll(filed []db.FiledContact) ([]*knownContact, error) {
	out := make([]*knownContact, 0, len(filed))
	for _, f := range filed {
		c, err := ix.hold(f)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// filedUnder returns the contacts filed under participant set set in months (every
// bucket when nil) that report r may be of, in the order candidates gives: for a report
// with no date and no month to place it, the closed contacts are left out, since none can
// agree with it (closedToUndated).
func (ix *contactIndex) filedUnder(ctx context.Context, set string, months []string, r report) ([]*knownContact, error) {
	if months == nil && r.Date == "" {
		return ix.filedForUndated(ctx, set)
	}
	filed, err := ix.tx.FiledContacts(ctx, set, padded(months))
	if err != nil {
		return nil, err
	}
	return ix.candidates(filed, months)
}

// padded is buckets with its first repeated up to db.BucketsPerLookup, or nil.
func padded(buckets []string) []string {
	if buckets == nil {
		return nil
	}
	out := slices.Clone(buckets)
	for len(out) < db.BucketsPerLookup {
		out = append(out, buckets[0])
	}
	return out
}

// best returns the contact that report r of a contact among participants can be a report
// of, the one agreeing most when several can (an exact participant set before an
// overlapping one, then the most recently reported, then the oldest), or nil. A contact
// whose only reports came from a replaced article is an empty shell: it is taken only when
// no reported contact fits, so that re-importing an edited article keeps its contacts' ids.
//
// bystanders are the persons the reporting article names and puts in no other contact
// (sorted): a pair with no contact of its own joins a larger contact whose other
// participants are all of them (partOf), as when an outlet tells of a trilateral summit
// through two of its leaders; a pair told as meeting on the sidelines of a gathering
// (report.Sidelines) only a larger meeting told so too (a side trilateral), never the
// gathering's own contact. Not an organization: the White House or a ministry is named
// by most articles as the source of the news, and a contact of three that has one is more
// often a misreading.
//
// others are the contacts of pairs that r's larger contact joins too (toldThrough): the
// rows earlier articles made of one meeting told through two different pairs of it, which
// the caller merges into the one returned.
func (ix *contactIndex) best(ctx context.Context, participants []int64, r report, bystanders []int64) (found *knownContact, others []*knownContact, err error) {
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
	if set := participantKey(participants); ix.filter.mayHave(set, months) {
		exact, err := ix.filedUnder(ctx, set, months, r)
		if err != nil {
			return nil, nil, err
		}
		for _, c := range exact {
			consider(c, true)
		}
	}
	if found == nil {
		told, err := ix.toldAs(ctx, participants, r)
		if err != nil {
			return nil, nil, err
		}
		for _, c := range told {
			consider(c, slices.Equal(c.Participants, participants))
		}
	}
	switch {
	case len(participants) >= minMultilateral:
		err = ix.multilateral(ctx, participants, months, r, func(c *knownContact) {
			if !slices.Equal(c.Participants, participants) && overlapping(c.Participants, participants) {
				consider(c, false)
			}
		})
	case found == nil && len(bystanders) > 0:
		err = ix.multilateral(ctx, participants, months, r, func(c *knownContact) {
			if partOf(participants, c.Participants, bystanders) && (!r.Sidelines || sideMeeting(&c.reports)) {
				consider(c, false)
			}
		})
	}
	if err != nil || found != nil || len(participants) < minMultilateral {
		return found, nil, err
	}
	pairs, err := ix.toldThrough(ctx, participants, r, bystanders, months)
	if err != nil {
		return nil, nil, err
	}
	for _, c := range pairs {
		consider(c, false)
	}
	if found == nil {
		return nil, nil, nil
	}
	others, err = ix.sameMeeting(ctx, found, pairs)
	return found, others, err
}

// multilateral calls fn once with each multilateral contact filed under one of
// participants in the buckets months (every bucket when nil), bucket by bucket. For a
// report r with no date and no month to place it, the closed contacts are left out, as
// filedUnder leaves them out of an exact set's (closedToUndated): none can agree with it,
// and a feed of undated reports of one three-way meeting leaves them by the thousand.
func (ix *contactIndex) multilateral(ctx context.Context, participants []int64, months []string, r report, fn func(*knownContact)) error {
	seen := map[int64]bool{}
	order := months
	if order == nil {
		order = []string{} // every bucket, in filing order
	}
	for _, p := range participants {
		if !ix.filter.mayHave(actorKey(p), months) {
			continue
		}
		var filed []db.FiledContact
		var err error
		if months == nil && r.Date == "" {
			filed, err = ix.tx.FiledOpenContactsOf(ctx, p)
		} else {
			filed, err = ix.tx.FiledContactsOf(ctx, p, padded(months))
		}
		if err != nil {
			return err
		}
		others, err := ix.candidates(filed, order)
		if err != nil {
			return err
		}
		for _, c := range others {
			if !seen[c.ID] {
				seen[c.ID] = true
				fn(c)
			}
		}
	}
	return nil
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
func (ix *contactIndex) add(ctx context.Context, c *knownContact) error {
	c.used = ix.articles
	ix.held[c.ID] = c
	return ix.file(ctx, c)
}

// report attaches an article's report to a contact.
func (ix *contactIndex) report(ctx context.Context, c *knownContact, r report, merged bool) error {
	c.reports.add(r)
	if merged {
		c.dirty = true
	}
	if r.Told != 0 {
		if err := ix.tx.FileContactTold(ctx, r.Told, publishedDay(r), c.ID); err != nil {
			return err
		}
	}
	return ix.refile(ctx, c)
}

// toldAs returns the contacts of participant set participants (or, for a multilateral
// report, overlapping it) with a report told in r's sentence word for word (verbatim),
// whichever bucket they are filed under and closed or not: a republished report finds
// the contact its original made even when neither gives a date to file it by.
func (ix *contactIndex) toldAs(ctx context.Context, participants []int64, r report) ([]*knownContact, error) {
	if r.Told == 0 {
		return nil, nil
	}
	set := participantKey(participants) // a pair's or small group's copy is of its own set's contact
	if len(participants) >= minMultilateral {
		set = "" // a multilateral one of any set it overlaps
	}
	filed, err := ix.tx.FiledContactsTold(ctx, r.Told, publishedDay(r), copyWindow, set)
	if err != nil {
		return nil, err
	}
	all, err := ix.holdAll(filed)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(all, func(c *knownContact) bool {
		return !slices.Equal(c.Participants, participants) &&
			(len(participants) < minMultilateral || !overlapping(c.Participants, participants))
	}), nil
}

// forgetArticle drops an article's reports, read from the database, before the article
// is replaced (its contact_mentions rows are deleted with it). A contact left without
// reports stays as a shell for the new version of the article to reuse; PruneOrphans
// deletes it at the end of the run if nothing did.
func (ix *contactIndex) forgetArticle(ctx context.Context, articleID int64) error {
	reports, err := ix.tx.ArticleReports(ctx, articleID)
	if err != nil {
		return err
	}
	for _, m := range reports {
		f, ok, err := ix.tx.ContactState(ctx, m.ContactID)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		c, err := ix.hold(f)
		if err != nil {
			return err
		}
		c.reports.remove(reportOf(m))
		c.dirty = true
		if err := ix.refile(ctx, c); err != nil {
			return err
		}
	}
	return nil
}

// writeBack writes c's merged facts when its reports changed.
func (ix *contactIndex) writeBack(ctx context.Context, c *knownContact) error {
	if !c.dirty || c.reports.n == 0 {
		return nil
	}
	f := c.reports.facts()
	c.Mode, c.Status, c.Date, c.DateText = f.Mode, f.Status, f.Date, f.DateText
	c.FirstReported, c.LastReported = f.FirstReported, f.LastReported
	if err := ix.tx.UpdateContact(ctx, c.ContactRow); err != nil {
		return err
	}
	c.dirty = false
	return nil
}

// flush writes the merged facts of every held contact whose reports changed (those let go
// were written when they were).
func (ix *contactIndex) flush(ctx context.Context) error {
	ids := make([]int64, 0, len(ix.held))
	for id := range ix.held {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		if err := ix.writeBack(ctx, ix.held[id]); err != nil {
			return err
		}
	}
	ix.held = map[int64]*knownContact{}
	return ix.tx.DropContactIndex(ctx)
}
