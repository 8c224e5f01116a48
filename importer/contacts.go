package importer

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"hotline/db"
)

// contactIndex holds every contact of the database by participant set, so that a report
// of a contact in a new article finds the contact other articles already reported.
type contactIndex struct {
	byKey     map[string][]*knownContact
	byArticle map[int64][]*knownContact
	dirty     []*knownContact // contacts whose merged facts must be written back
}

// knownContact is a contact row and the reports it is merged from.
type knownContact struct {
	db.ContactRow
	reports []report
	dirty   bool
}

func newContactIndex(rows []db.ContactRow) *contactIndex {
	ix := &contactIndex{byKey: map[string][]*knownContact{}, byArticle: map[int64][]*knownContact{}}
	for _, row := range rows {
		c := &knownContact{ContactRow: row}
		for _, m := range row.Mentions {
			c.reports = append(c.reports, report{ArticleID: m.ArticleID, Published: m.Published,
				Mode: m.Mode, Status: m.Status, Date: m.Date, DateText: m.DateText})
			ix.byArticle[m.ArticleID] = append(ix.byArticle[m.ArticleID], c)
		}
		ix.byKey[participantKey(row.Participants)] = append(ix.byKey[participantKey(row.Participants)], c)
	}
	return ix
}

// participantKey is the index key of a sorted participant set.
func participantKey(ids []int64) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = fmt.Sprint(id)
	}
	return strings.Join(parts, ",")
}

// best returns the contact with these participants that r can be a report of, the one
// agreeing most when several can (then the most recently reported, then the oldest), or
// nil. A contact whose only reports came from a replaced article is an empty shell: it is
// taken only when no reported contact fits, so that re-importing an edited article keeps
// its contacts' ids.
func (ix *contactIndex) best(participants []int64, r report) *knownContact {
	var found *knownContact
	bestScore := -2
	for _, c := range ix.byKey[participantKey(participants)] {
		score, ok := -1, true
		if len(c.reports) > 0 {
			score, ok = agreement(c.reports, r)
		}
		if !ok {
			continue
		}
		if score > bestScore || (score == bestScore && lastReported(c) > lastReported(found)) {
			found, bestScore = c, score
		}
	}
	return found
}

func lastReported(c *knownContact) string {
	if c == nil {
		return ""
	}
	last := ""
	for _, r := range c.reports {
		last = max(last, r.Published)
	}
	return last
}

// add indexes a new contact.
func (ix *contactIndex) add(c *knownContact) {
	key := participantKey(c.Participants)
	ix.byKey[key] = append(ix.byKey[key], c)
}

// report attaches an article's report to a contact.
func (ix *contactIndex) report(c *knownContact, r report, merged bool) {
	c.reports = append(c.reports, r)
	ix.byArticle[r.ArticleID] = append(ix.byArticle[r.ArticleID], c)
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

// forgetArticle drops an article's reports before the article is replaced (its
// contact_mentions rows are deleted with it). A contact left without reports stays as a
// shell for the new version of the article to reuse; PruneOrphans deletes it at the end of
// the run if nothing did.
func (ix *contactIndex) forgetArticle(articleID int64) {
	for _, c := range ix.byArticle[articleID] {
		c.reports = slices.DeleteFunc(c.reports, func(r report) bool { return r.ArticleID == articleID })
		ix.markDirty(c)
	}
	delete(ix.byArticle, articleID)
}

// flush writes the merged facts of every contact whose reports changed.
func (ix *contactIndex) flush(ctx context.Context, tx *db.WriteTx) error {
	for _, c := range ix.dirty {
		if len(c.reports) == 0 {
			continue
		}
		f := summarize(c.reports)
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
