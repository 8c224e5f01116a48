package importer_test

import (
	"strings"
	"testing"

	"hotline/importer"
)

// TestImportStoryDayMerge: a wire copy stored days after its dateline ("PARIS, March 3
// (Reuters) -" over a source date of March 5) tells its "today" and "on Thursday" from the
// dateline's day, and the merge of its reports with other outlets' counts from that day
// too: its plan is not the latest news when the meeting was reported held before the copy
// was stored, a plan that names no day still joins the meeting held on its dateline's day,
// and the contact was first reported on the dateline's day. The article keeps that day in
// articles.story_day.
func TestImportStoryDayMerge(t *testing.T) {
	const k, r = "Swiss Foreign Minister Anna Keller", "Brazilian Foreign Minister Paulo Ramos"
	const dateline = "PARIS, March 3 (Reuters) - "
	for _, c := range []struct {
		name         string
		plan, stored string // the wire copy's words after its dateline, its source date
		held, out    string // another outlet's report of the meeting, its publication date
		want         string // status|date|first_reported|articles of the one contact
	}{
		{"a plan stored two days after its dateline and the meeting held",
			" will meet " + r + " in Geneva on Thursday, her office said.", "2026-03-05",
			" met " + r + " in Geneva on Thursday, the two ministries said.", "2026-03-05", "held|2026-03-05|2026-03-03|2"},
		{"a plan stored three days after its dateline, after the meeting was reported",
			" will meet " + r + " in Geneva on Thursday, her office said.", "2026-03-06",
			" met " + r + " in Geneva on Thursday, the two ministries said.", "2026-03-05", "held|2026-03-05|2026-03-03|2"},
		{"a plan with no day stored two days after the dateline of the day it was held",
			" will meet " + r + " in Geneva, her office said.", "2026-03-05",
			" met " + r + " in Geneva on Tuesday, the two ministries said.", "2026-03-04", "held|2026-03-03|2026-03-03|2"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path, _ := importEach(t, importer.Options{}, map[string]string{
				"plan.md": story("Plan", c.stored, dateline+k+c.plan),
				"held.md": story("Held", c.out, k+c.held),
			})
			raw := rawDB(t, path)
			got := queryRows(t, raw, `SELECT status || '|' || coalesce(date, '') || '|' || coalesce(first_reported, '') || '|' ||
				(SELECT count(DISTINCT article_id) FROM contact_mentions m WHERE m.contact_id = c.id) FROM contacts c ORDER BY id`)
			if strings.Join(got, " ") != c.want {
				t.Errorf("contacts %q, want %q", got, c.want)
			}
			days := queryRows(t, raw, `SELECT title || '|' || coalesce(story_day, 'NULL') FROM articles ORDER BY title`)
			if want := "Held|NULL Plan|2026-03-03"; strings.Join(days, " ") != want {
				t.Errorf("story days %q, want %q", days, want)
			}
		})
	}
}
