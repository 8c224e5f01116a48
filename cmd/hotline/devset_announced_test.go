package main_test

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// announcedFloors are the least shares of rewritten dev/tune sentences whose contact, told
// ahead of the story day, comes out as the guidelines say (TestAnnouncedTuneContacts), by
// family and by what is checked: its presence, status, date and mode. A little under what
// the importer reaches; raise them as it improves. At 6b2399f (2026-12-08), with the
// rewrites as they are now: "prepared for a meeting with Y on March 14" was held and dated
// the year before (prepared: status and date .500 of 60); a plan called off by a later
// sentence took the nearest weekday, often the one before, and "flew to P on Wednesday
// to meet Y. The meeting was later cancelled." stayed held (called off later: status
// .656, date .711 of 90); "has invited Prime Minister X Y and other leaders for talks"
// was no contact and "proposed a meeting with Y for Friday" took no date (proposed:
// presence .916, date .518 of 83); "heads to P on Friday for talks with Y" was held on
// the Friday before (travel: status and date .544 of 57); "is scheduled to telephone Y",
// "will phone Y" were no contact (call: .318 of 66); "A meeting between X and Y on Friday
// is expected to take place", "X's meeting with Y on Friday will focus on trade" were held
// on the Friday before (noun subject: status and date 0 of 20; .900 now, the misses a
// phrase of parties with a description in lower case, "and number three official Z"); "offered to meet Y next week" took a day told before it (month: date .969 of
// 128). All since reach 1.000 or near it.
var announcedFloors = map[string]announcedShares{
	"weekday":          {0.98, 0.98, 0.98, 0.98},
	"next weekday":     {0.95, 0.95, 0.95, 0.95},
	"calendar":         {0.98, 0.98, 0.96, 0.98},
	"month":            {0.98, 0.98, 0.98, 0.98},
	"travel":           {0.98, 0.98, 0.98, 0.98},
	"prepared":         {0.98, 0.98, 0.98, 0.98},
	"host":             {0.85, 0.85, 0.85, 0.85},
	"call":             {0.93, 0.93, 0.93, 0.93},
	"called off later": {0.98, 0.98, 0.98, 0.98},
	"noun subject":     {0.95, 0.85, 0.85, 0.95},
	"proposed":         {0.97, 0.97, 0.96, 0.97},
}

// announcedShares are the shares of a family's rewritten contacts that come out present,
// and with the status, date and mode the guidelines give them.
type announcedShares struct{ presence, status, date, mode float64 }

// announcedScore counts a family's rewritten contacts and those right on each measure;
// parties counts those whose contact holds no one but its parties, doubled those whose
// parties had more than the one contact wanted.
type announcedScore struct{ total, presence, status, date, mode, parties, doubled int }

func (s announcedScore) shares() announcedShares {
	if s.total == 0 {
		return announcedShares{}
	}
	n := float64(s.total)
	return announcedShares{float64(s.presence) / n, float64(s.status) / n, float64(s.date) / n, float64(s.mode) / n}
}

// announcedOf is the reported contact of the parties that best agrees with what is wanted
// (as score.py matches), and ok false when none holds them.
func announcedOf(reported []reportedContact, parties []goldParty, status, mode, date string) (reportedContact, bool) {
	best, found, agree := reportedContact{}, false, -1
	for _, r := range reported {
		if !r.holds(parties) {
			continue
		}
		n := 0
		for _, same := range []bool{r.status == status, r.mode == mode, r.date == date} {
			if same {
				n++
			}
		}
		if n > agree {
			best, found, agree = r, true, n
		}
	}
	return best, found
}

// TestAnnouncedTuneContacts rewrites each sentence of dev/tune that alone tells a gold
// contact (toldCases) so that the contact lies ahead of the story day, told the ways
// previews, agendas and readouts tell it (devset_announces_test.go: "will meet Y on
// Friday", "is due to hold talks with Y next Tuesday", "are scheduled to speak by phone on
// March 14", "later this month", "will travel to Oslo to meet Y", "is preparing for a
// meeting with Y", "Y is to host X", "plans to call Y tomorrow", "has invited Y for
// talks"), and checks that the story cut after it reports the contact with the same
// participants, the status the words give (scheduled, proposed), the day they resolve to
// from the story day (GUIDELINES: "on Saturday" in an article of Friday 2022-02-11 is
// 2022-02-12; a month alone is YYYY-MM; "next week" no date) and the mode. Fails under
// announcedFloors. HOTLINE_NEGATED_DIR keeps the articles, as for TestNegatedTuneContacts.
func TestAnnouncedTuneContacts(t *testing.T) {
	told := toldCases(t)
	for _, fam := range announceFamilies() {
		t.Run(fam.name, func(t *testing.T) {
			var rewrites []measuredRewrite
			for _, rw := range fam.rewrites {
				rewrites = append(rewrites, onStoryDay(rw.name, func(c negCase, day time.Time) (string, []wantedContact, bool) {
					s, date, ok := announceSentence(rw.name, c.sentence, day, len(c.prefix))
					mode := rw.mode
					if mode == "" {
						mode = c.mode
					}
					return s, []wantedContact{{rw.status, mode, date}}, ok
				}))
			}
			measureFamily(t, "ahead", fam.name, told, rewrites, announcedFloors[fam.name])
		})
	}
}

// wantedContact is what the guidelines make of a rewritten contact: its status, mode and
// date ("" none).
type wantedContact struct{ status, mode, date string }

// measuredRewrite is one rewrite of a told case: the sentence that replaces the case's
// and the contacts of its parties the story cut after it should report, the one measured
// first and others after it; ok false when the sentence cannot take the rewrite.
type measuredRewrite struct {
	name string
	edit func(c negCase) (sentence string, want []wantedContact, ok bool)
}

// onStoryDay is a rewrite that needs the day of the case's story (storyDayOf): none for a
// story whose day is not known.
func onStoryDay(name string, edit func(c negCase, day time.Time) (string, []wantedContact, bool)) measuredRewrite {
	return measuredRewrite{name, func(c negCase) (string, []wantedContact, bool) {
		day, _, ok := storyDayOf(c.story)
		if !ok {
			return "", nil, false
		}
		return edit(c, day)
	}}
}

// measureFamily imports each told case rewritten by each of a family's rewrites and
// checks that the story cut after it reports the first wanted contact of its parties
// (announcedOf): present, with the wanted status, date and mode. It logs the counts of
// each rewrite and the family, the first wrong outcomes, and how many further wanted
// contacts came out with their status and date; it fails under floor and returns the
// counts.
func measureFamily(t *testing.T, dir, family string, told []negCase, rewrites []measuredRewrite, floor announcedShares) announcedScore {
	t.Helper()
	var score announcedScore
	var skipped, further, furtherRight int
	var wrong []string
	for _, rw := range rewrites {
		type edit struct {
			sentence string
			want     []wantedContact
		}
		edited := map[string]edit{}
		got := importCases(t, dir+"-"+strings.ReplaceAll(rw.name, " ", "-"), told, func(c negCase) (string, bool) {
			s, want, ok := rw.edit(c)
			if ok {
				edited[c.id] = edit{s, want}
			}
			return c.article(s), ok
		})
		var rs announcedScore
		for _, c := range told {
			e, done := edited[c.id]
			if !done {
				skipped++
				continue
			}
			for _, w := range e.want[1:] {
				further++
				if r, ok := announcedOf(got[c.id], c.parties, w.status, w.mode, w.date); ok && r.status == w.status && r.date == w.date {
					furtherRight++
				}
			}
			w := e.want[0]
			rs.total++
			r, ok := announcedOf(got[c.id], c.parties, w.status, w.mode, w.date)
			if !ok {
				wrong = append(wrong, fmt.Sprintf("%s: %s: missing: %s", rw.name, c.id, e.sentence))
				continue
			}
			rs.presence++
			var bad []string
			if len(r.names) == len(c.parties) {
				rs.parties++
			} else {
				bad = append(bad, fmt.Sprintf("parties %v", r.names))
			}
			if n := countHolding(got[c.id], c.parties); n > len(e.want) {
				rs.doubled++
				bad = append(bad, fmt.Sprintf("%d contacts", n))
			}
			if r.status == w.status {
				rs.status++
			} else {
				bad = append(bad, fmt.Sprintf("status %s want %s", r.status, w.status))
			}
			if r.date == w.date {
				rs.date++
			} else {
				bad = append(bad, fmt.Sprintf("date %q (%q) want %q", r.date, r.dateText, w.date))
			}
			if r.mode == w.mode {
				rs.mode++
			} else {
				bad = append(bad, fmt.Sprintf("mode %s want %s", r.mode, w.mode))
			}
			if len(bad) > 0 {
				wrong = append(wrong, fmt.Sprintf("%s: %s: %s: %s", rw.name, c.id, strings.Join(bad, ", "), e.sentence))
			}
		}
		t.Logf("%-28s %3d rewritten: presence %3d parties %3d status %3d date %3d mode %3d doubled %3d", rw.name, rs.total, rs.presence, rs.parties, rs.status, rs.date, rs.mode, rs.doubled)
		score.total += rs.total
		score.presence += rs.presence
		score.parties += rs.parties
		score.status += rs.status
		score.date += rs.date
		score.mode += rs.mode
		score.doubled += rs.doubled
	}
	sh := score.shares()
	t.Logf("%s: %d rewritten (%d could not take the edit): presence %d (%.3f) parties %d status %d (%.3f) date %d (%.3f) mode %d (%.3f) doubled %d",
		family, score.total, skipped, score.presence, sh.presence, score.parties, score.status, sh.status, score.date, sh.date, score.mode, sh.mode, score.doubled)
	if further > 0 {
		t.Logf("%s: %d further contacts wanted, %d with their status and date", family, further, furtherRight)
	}
	for i, w := range wrong {
		if i == maxWrongShown {
			break
		}
		t.Log("  wrong " + w)
	}
	for _, m := range []struct {
		name      string
		got, want float64
	}{{"presence", sh.presence, floor.presence}, {"status", sh.status, floor.status}, {"date", sh.date, floor.date}, {"mode", sh.mode, floor.mode}} {
		if m.got < m.want {
			t.Errorf("%s: %s %.3f, want at least %.2f", family, m.name, m.got, m.want)
		}
	}
	return score
}

// countHolding is how many reported contacts hold every party.
func countHolding(reported []reportedContact, parties []goldParty) int {
	n := 0
	for _, r := range reported {
		if r.holds(parties) {
			n++
		}
	}
	return n
}
