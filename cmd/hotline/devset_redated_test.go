package main_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// redatedFloors are the floors of TestRedatedTuneScore by variant, where they differ from
// dev/tune's own (devFloors["tune"]): a variant not listed, or a total it does not list,
// must reach the floor of the stories as delivered. A little under what the importer
// reaches (2026-12-07, at 13d3e8c: date .972 of 36 a day later, .970 of 33 two days later,
// "later in the day" told four sentences under the lead's Wednesday read from the
// publication day, 1.000 since date.lead-day; .979 of 48 with a dateline and a dated
// address of 1987, a year the addresses' reader took for no web-era date, 1.000 since it
// reads archives' days); raise them as it improves. A weekday with its date in brackets,
// "As the summit opened Thursday (Mar 31), ... Obama ... during a meeting with Xi", left
// that meeting the lead's day: date .979 of 47 (2026-12-08; 48 since a bracketed date ends
// no contact word's window; 1.000 since a weekday and its date are told where the weekday
// stands). Every variant now reaches dev/tune's own floors. A wire dateline over copy
// stored two days later read its dates from the dateline's day but merged its reports by
// the stored date: mode .971, a plan of the Obama-Xi meeting with no day of its own left
// apart from the meeting as unspecified; .981 since the merge counts from the story day
// too (articles.story_day, 2026-12-08), and these floors are over dev/tune's own.
var redatedFloors = map[string]map[string]float64{
	"dateline stored two days later":         {"mode": 0.975},
	"weekday dateline stored two days later": {"mode": 0.975},
}

// redating is one way of dating and wording all of dev/tune that keeps every day its gold
// gives true: it returns the story as another outlet prints it, and ok false for a story
// that cannot be so told (it is left out of the variant and counted). day is the day the
// story tells its "today" and "on Monday" from; ahead the weekdays its gold dates after
// that day, so that "on Friday" told ahead is read so.
type redating func(s storyFile, day time.Time, ahead map[time.Weekday]bool) (storyFile, bool)

// datedLede matches a lede whose wire dateline names its day ("LAGOS, January 20 (Xinhua)
// --"): the story's "today" is that day's, whenever the copy was stored.
var datedLede = regexp.MustCompile(`(?m)^[A-Z][A-Za-z.' ]+, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z.]* (\d{1,2})\b`)

// storyDayOf is the day a story tells its days from: the day its wire dateline names
// (within three days before its publication), else its publication date; ok is false
// for a story with no publication date.
func storyDayOf(s storyFile) (day time.Time, dateline, ok bool) {
	pub, err := time.Parse(time.DateOnly, s.date)
	if err != nil {
		return time.Time{}, false, false
	}
	for _, line := range strings.Split(s.body, "\n") {
		if len(strings.Fields(line)) > 8 {
			continue
		}
		for _, m := range calendarDate.FindAllStringSubmatch(line, -1) {
			if m[6] == s.date[:4] && datesAsWeekdays(m[0], pub) != m[0] {
				return pub, true, true // the page prints its day: "April 04, 2020"
			}
		}
	}
	if m := datedLede.FindString(s.body); m != "" {
		for back := 0; back <= 3; back++ {
			d := pub.AddDate(0, 0, -back)
			if strings.HasSuffix(m, d.Format("January 2")) || strings.HasSuffix(m, d.Format("Jan. 2")) {
				return d, true, true
			}
		}
	}
	return pub, false, true
}

// publishedLater publishes every story later days later, its words of days rewritten so
// that each still tells its day (toldLater); a story whose dateline or printed date names
// its day keeps its text, as a copy stored later does.
func publishedLater(later int) redating { return toldOn(later, false) }

// weekdaysNamed publishes every story later days later (0: the same day) with the days of
// "today", "yesterday" and "tomorrow" named by their weekdays, as wire copy names them.
func weekdaysNamed(later int) redating { return toldOn(later, true) }

// toldOn publishes every story later days later, its words of days rewritten by
// toldLaterAs.
func toldOn(later int, weekdays bool) redating {
	return func(s storyFile, day time.Time, _ map[time.Weekday]bool) (storyFile, bool) {
		pub, _ := time.Parse(time.DateOnly, s.date)
		c := s
		c.date = pub.AddDate(0, 0, later).Format(time.DateOnly)
		if _, dateline, _ := storyDayOf(s); dateline {
			return c, true // its days are told from its dateline's or printed day, whenever it is stored
		}
		var ok, tok bool
		if c.body, ok = toldLaterAs(s.body, day, later, weekdays); !ok {
			return s, false
		}
		if c.title, tok = toldLaterAs(s.title, day, later, weekdays); !tok {
			return s, false
		}
		return c, true
	}
}

// onWeekdays prints every weekday with "on" before it (British copy) or none (AP copy).
func onWeekdays(on bool) redating {
	return func(s storyFile, _ time.Time, _ map[time.Weekday]bool) (storyFile, bool) {
		c := s
		if on {
			c.body = withOn(s.body)
		} else {
			c.body = withoutOn.ReplaceAllString(s.body, "$1 $2")
		}
		return c, true
	}
}

// nearDays names the weekdays of the story day and the day before "today" and
// "yesterday" (weekdaysAsNear).
func nearDays(s storyFile, day time.Time, ahead map[time.Weekday]bool) (storyFile, bool) {
	c := s
	if _, dateline, _ := storyDayOf(s); dateline {
		return c, true // its today is its dateline's day, not the publication's
	}
	c.body = weekdaysAsNear(s.body, day, ahead)
	return c, true
}

// partsOfDayIn tells every weekday with a part of the day (partsOfDay).
func partsOfDayIn(s storyFile, _ time.Time, _ map[time.Weekday]bool) (storyFile, bool) {
	c := s
	c.body = partsOfDay(s.body)
	return c, true
}

// calendarDays names every weekday a story tells by its calendar date in style.
func calendarDays(style calendarStyle) redating {
	return func(s storyFile, day time.Time, ahead map[time.Weekday]bool) (storyFile, bool) {
		c := s
		c.body = weekdaysAsDates(s.body, day, style, ahead)
		c.title = weekdaysAsDates(s.title, day, style, ahead)
		return c, true
	}
}

// weekdayDays names every calendar date of the six days up to the story day by its weekday.
func weekdayDays(s storyFile, day time.Time, _ map[time.Weekday]bool) (storyFile, bool) {
	c := s
	c.body = datesAsWeekdays(s.body, day)
	c.title = datesAsWeekdays(s.title, day)
	return c, true
}

// daysIn moves the day of every sentence that may be moved safely to place.
func daysIn(place datePlace) redating {
	return func(s storyFile, _ time.Time, _ map[time.Weekday]bool) (storyFile, bool) {
		c := s
		c.body, _ = daysMoved(s.body, place)
		return c, true
	}
}

// dated is how a dateline variant dates the story outside its text: no date at all, an
// address that names the day, a source date some days after the dateline's.
type dated int

const (
	undatedSource dated = iota
	datedAddress
	storedLater
	storedLaterWeekday // a dateline of a weekday, a source date two days after it
)

// datelined puts the story day on the lede's wire dateline (with the year or not) and
// takes the date off the front matter, as dated says.
func datelined(year bool, how dated) redating {
	return func(s storyFile, day time.Time, _ map[time.Weekday]bool) (storyFile, bool) {
		c := s
		date := day.Format("January 2")
		switch {
		case year:
			date = day.Format("January 2, 2006")
		case how == storedLaterWeekday:
			date = day.Weekday().String() // older copy: "PARIS, Tuesday (Reuters) -"
		}
		c.body = withDateline(s.body, date)
		switch how {
		case undatedSource:
			c.date = ""
		case datedAddress:
			c.date = ""
			c.url = "https://www.example.com/world/" + day.Format("2006/01/02") + "/" + strings.TrimSuffix(s.file, ".txt")
		case storedLater, storedLaterWeekday:
			c.date = day.AddDate(0, 0, 2).Format(time.DateOnly)
		}
		return c, true
	}
}

// redatings are the variants of TestRedatedTuneScore, by family: published later (and the
// day's own words for today and yesterday turned into weekdays and back), weekdays as
// calendar dates in the styles of US, British, South Asian and Singapore copy and back
// (with and without "on", with a part of the day), the day told elsewhere in the sentence,
// the day on a wire dateline.
func redatings() []struct {
	name    string
	redate  redating
	dayless bool // the rewrite needs no story day: stories without a date are rewritten too
} {
	return []struct {
		name    string
		redate  redating
		dayless bool
	}{
		{"published a day later", publishedLater(1), false},
		{"published two days later", publishedLater(2), false},
		{"today named by its weekday", weekdaysNamed(0), false},
		{"published a day later, weekdays named", weekdaysNamed(1), false},
		{"weekdays as today and yesterday", nearDays, false},
		{"weekdays without on", onWeekdays(false), true},
		{"weekdays with on", onWeekdays(true), true},
		{"weekdays with a part of the day", partsOfDayIn, true},
		{"weekdays with their dates in brackets", calendarDays(calendarStyle{bracketed: true}), false},
		{"weekdays as US dates", calendarDays(calendarStyle{}), false},
		{"weekdays as ordinal dates", calendarDays(calendarStyle{ordinal: true}), false},
		{"weekdays as British ordinal dates", calendarDays(calendarStyle{british: true, ordinal: true}), false},
		{"weekdays as US dates with the year", calendarDays(calendarStyle{year: true}), false},
		{"weekdays as British dates", calendarDays(calendarStyle{british: true}), false},
		{"weekdays as British dates with the year", calendarDays(calendarStyle{british: true, year: true}), false},
		{"dates as weekdays", weekdayDays, false},
		{"day fronted", daysIn(dateFronted), true},
		{"day after the object", daysIn(dateAfterObject), true},
		{"day after the place", daysIn(dateAfterPlace), true},
		{"dateline with the year", datelined(true, undatedSource), false},
		{"dateline and a dated address", datelined(false, datedAddress), false},
		{"dateline stored two days later", datelined(false, storedLater), false},
		{"weekday dateline stored two days later", datelined(false, storedLaterWeekday), false},
	}
}

// aheadWeekdays are the weekdays of the days an article's gold dates after day.
func aheadWeekdays(article map[string]any, day time.Time) map[time.Weekday]bool {
	ahead := map[time.Weekday]bool{}
	for _, c := range article["contacts"].([]any) {
		d, _ := c.(map[string]any)["date"].(string)
		if t, err := time.Parse(time.DateOnly, d); err == nil && t.After(day) && t.Sub(day) < 7*24*time.Hour {
			ahead[t.Weekday()] = true
		}
	}
	return ahead
}

// goldOf is gold with only the articles of files kept.
func goldOf(t *testing.T, gold map[string]any, keep map[string]bool) map[string]any {
	t.Helper()
	g := copyGold(t, gold)
	var arts []any
	for _, a := range g["articles"].([]any) {
		if keep[a.(map[string]any)["file"].(string)] {
			arts = append(arts, a)
		}
	}
	g["articles"] = arts
	var events []any
	for _, e := range g["events"].([]any) {
		all := true
		for _, ref := range e.(map[string]any)["same_as"].([]any) {
			all = all && keep[ref.([]any)[0].(string)]
		}
		if all {
			events = append(events, e)
		}
	}
	g["events"] = events
	return g
}

// TestRedatedTuneScore scores dev/tune told on other days and in other words for its days
// (redatings): published a day or two later with "today" rewritten "yesterday", weekdays
// as calendar dates and back, the day fronted or after the object or place, the day on a
// wire dateline with no date in the front matter. Every rewrite keeps the gold's days
// true, so the gold stays as it is; a story a variant cannot tell truly is left out of it
// and counted. Dates must not depend on how one outlet words them. HOTLINE_REDATED_DIR,
// when set, names a folder that keeps each variant's corpus and gold for study.
func TestRedatedTuneScore(t *testing.T) {
	stories, gold := readTuneStories(t)
	dev, err := filepath.Abs(filepath.Join(scoreDir, "dev"))
	if err != nil {
		t.Fatal(err)
	}
	articles := map[string]map[string]any{}
	for _, a := range gold["articles"].([]any) {
		articles[a.(map[string]any)["file"].(string)] = a.(map[string]any)
	}
	t.Logf("%-40s %s", "unchanged", redatedLine(scoreImport(t, filepath.Join(dev, "tune.gold.json"), filepath.Join(dev, "tune"))))
	for _, tc := range redatings() {
		t.Run(tc.name, func(t *testing.T) {
			dir := variantDir(t, "HOTLINE_REDATED_DIR", tc.name)
			keep := map[string]bool{}
			changed := 0
			for _, s := range stories {
				c := s
				if day, _, ok := storyDayOf(s); ok || tc.dayless {
					if c, ok = tc.redate(s, day, aheadWeekdays(articles[s.file], day)); !ok {
						continue
					}
				}
				if c != s {
					changed++
				}
				keep[s.file] = true
				writeFile(t, filepath.Join(dir, "tune"), s.file, c.frontMatter(c.title)+c.body)
			}
			path := filepath.Join(dir, "tune.gold.json")
			raw, err := json.Marshal(goldOf(t, gold, keep))
			if err != nil {
				t.Fatal(err)
			}
			writeFile(t, dir, "tune.gold.json", string(raw))
			rep := scoreImport(t, path, filepath.Join(dir, "tune"))
			t.Logf("%-40s %s; %d of %d stories rewritten, %d left out", tc.name, redatedLine(rep), changed, len(stories), len(stories)-len(keep))
			checkTuneBelow(t, rep, redatedFloors[tc.name])
		})
	}
}

// redatedLine is scoreLine with the number of dated contacts the date accuracy is over.
func redatedLine(rep scoreReport) string {
	return scoreLine(rep) + fmt.Sprintf(" (dates n=%d)", rep.AccuracyN["date"])
}
