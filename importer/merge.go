package importer

import (
	"strings"
	"time"

	"hotline/importer/extract"
)

// report is one article's account of a contact: the facts the merge rules compare.
type report struct {
	ArticleID int64
	// Day is the day the article tells of, "" when unknown: its story day (storyDay: the
	// day a wire dateline names over copy stored up to datelineLag days later), else its
	// publication date. The extraction read the report's "today" and "on Thursday" from it,
	// so the merge compares reports, and counts its windows, from it too: a copy stored two
	// days after its dateline tells of the dateline's day.
	Day string
	// Publisher is the article's outlet, "" when unknown: one outlet dates by one clock.
	Publisher                    string
	Mode, Status, Date, DateText string
	// Talks marks a meeting told by the word "talks" alone ("X held talks with Y"), which
	// names no medium: many outlets call a phone call talks (talksOnly).
	Talks bool
	// Sidelines marks a contact told as held on the sidelines of a gathering (a rule
	// extract.OnSidelines reads): a side meeting, never a pair told of a larger meeting.
	Sidelines bool
	// Told is the fingerprint of the sentence that told the contact (sentencePrint), 0
	// when unknown: a report told word for word in another article is a copy of it.
	Told uint32
}

// talksOnly reports a mention whose meeting mode came from a talks rule (the word
// "talks" with no medium or in-person verb: "held talks", "the two sides' talks"), as
// its mode and rule are stored.
func talksOnly(mode, rule string) bool {
	rule = extract.BaseRule(rule)
	return mode == "meeting" && strings.HasPrefix(rule, "contact.") && strings.HasSuffix(rule, "talks")
}

// undatedWindow is how far apart (in days) two reports may be and still tell of the same
// contact when neither gives its date: news reports a contact within days of it.
const undatedWindow = 14

// wordlessLag is how many days after a contact's known day a report that gives no date
// words at all (not even "last week") may be published and still tell of it: such a
// report tells the news of its day or the day before, and one published a week later
// ("spoke by phone again") tells of the pair's next contact as often as of that one.
const wordlessLag = 3

// agreement says whether report r can tell of the same contact as the reports a contact
// already has, and how strongly they agree (the higher, the better a candidate). Reports
// from one article never merge: the extractor already merged what the article repeats.
func agreement(have []report, r report) (score int, ok bool) {
	var s reportSet
	for _, h := range have {
		if h.ArticleID == r.ArticleID {
			return 0, false
		}
		s.add(h)
	}
	return agreementWith(&s, r)
}

// agreementWith is agreement against a contact's report set: the merged facts decide the
// mode and the date, each distinct report's day must agree with r's too, and each one's
// date words are checked when a side is undated.
func agreementWith(have *reportSet, r report) (score int, ok bool) {
	if have.last == r.ArticleID {
		return 0, false
	}
	merged := have.facts()
	switch {
	case merged.Mode == r.Mode && r.Mode != "unspecified":
		score += 2
	case merged.Mode == "unspecified" || r.Mode == "unspecified":
	case modeFamily(merged.Mode) == modeFamily(r.Mode):
		score++ // a phone call one article calls a video call
	case (virtualMeeting(merged.Mode, r.Mode) || talksCall(merged, r)) && exactDay(merged.Date) && exactDay(r.Date):
		// A weak match, but a match when the days agree as a call's do (below): the same
		// pair does not meet and hold a video call a day apart, nor hold talks in person
		// on the day they are reported to have spoken by phone.
		score--
	default:
		return 0, false
	}
	// A copy of one of its reports agrees whatever its date words resolve to (verbatim).
	copied := verbatim(have, r)
	if copied {
		score += 3
	}
	call := modeFamily(merged.Mode) == "call" || modeFamily(r.Mode) == "call"
	s, ok := datesAgree(merged.Date, r.Date, call || readOffPublication(r) || readOffPublication(merged.dateFrom))
	if !ok && !copied {
		return 0, false
	}
	score += s
	for _, h := range have.distinct { // an undated side is checked against each report's date or words
		if otherDaySameOutlet(h, r) && !copied && !reprinted(have, h) {
			return 0, false
		}
		if reprintedLater(have, h) {
			continue // its original, in the set too, is checked: the copy read its words later
		}
		if exactDay(h.Date) && exactDay(r.Date) && !copied {
			// Each report's own day, not only the merged one: a day apart from Tuesday's report
			// is two from Monday's, whose contact Tuesday's joined across time zones; the
			// pair's call of Wednesday is their next one.
			if _, ok := datesAgree(h.Date, r.Date, call || readOffPublication(r) || readOffPublication(h)); !ok {
				return 0, false
			}
		}
		s, ok := wordsAgree(h, r, call)
		if !ok && !copied {
			return 0, false
		}
		score += s
	}
	return score, true
}

// modeFamily groups the modes that one event may be reported as: a call by phone or by
// video is one family, a meeting another; "unspecified" belongs to none.
func modeFamily(mode string) string {
	switch mode {
	case "phone", "video":
		return "call"
	case "meeting":
		return "meeting"
	}
	return ""
}

// virtualMeeting reports a video call and a meeting: a virtual summit is "talks" or "a
// meeting" to one outlet and a video call to another.
func virtualMeeting(a, b string) bool {
	return a == "video" && b == "meeting" || a == "meeting" && b == "video"
}

// talksCall reports a call on one side and, on the other, a meeting told only as talks
// (talksOnly): "X held talks with Y" to one outlet is "a telephone conversation" to
// another.
func talksCall(merged facts, r report) bool {
	return merged.Talks && modeFamily(r.Mode) == "call" || r.Talks && modeFamily(merged.Mode) == "call"
}

// datesAgree compares two resolved dates (YYYY-MM-DD, YYYY-MM or ""): equal dates agree
// strongly, a month agrees with any day in it, and an empty date says nothing. When
// nearDay is set, days one apart agree too: a call in the evening in Washington is the
// next morning in Beijing, and each side's press dates it by its own clock; and a day
// read off a publication date ("on Thursday", "today") is a day off when the article
// went out after midnight somewhere else.
func datesAgree(a, b string, nearDay bool) (int, bool) {
	switch {
	case a == "" || b == "":
		return 0, true
	case a == b:
		return 3, true
	case len(a) != len(b) && a[:7] == b[:7]:
		return 2, true
	case nearDay && len(a) == 10 && len(b) == 10:
		da, okA := parseDay(a)
		db, okB := parseDay(b)
		if okA && okB && abs(da.Sub(db).Hours()/24) == 1 {
			return 1, true
		}
	}
	return 0, false
}

// otherDaySameOutlet reports two reports by one outlet that give two different days: an
// outlet dates by one clock, so the day apart that time zones excuse between outlets is,
// within one, the pair's next contact ("spoke again on Tuesday").
func otherDaySameOutlet(a, b report) bool {
	return a.Publisher != "" && strings.EqualFold(strings.TrimSpace(a.Publisher), strings.TrimSpace(b.Publisher)) &&
		exactDay(a.Date) && exactDay(b.Date) && a.Date != b.Date
}

// readOffPublication reports a report whose date was resolved against its article's day
// (its story day, else its publication date) from words that name no date of the calendar: a weekday ("on
// Thursday") or a day counted from publication ("today", "yesterday", "this morning").
func readOffPublication(r report) bool {
	if r.Date == "" || r.Day == "" {
		return false
	}
	w := parseDateWords(r.DateText)
	return w.Month == 0 && (w.HasDay || dayFromPublication(r.DateText))
}

// wordsAgree compares what two reports say of the date when at least one has no resolved
// date: the weekday, month and day words of one against the other's date or words, and
// the distance from each report's publication to the other's date. For a call (nearDay) a
// weekday one off the known date agrees too, as resolved dates one apart do.
func wordsAgree(a, b report, nearDay bool) (int, bool) {
	if a.Date != "" && b.Date != "" {
		return 0, true // datesAgree decided
	}
	if b.Date != "" {
		a, b = b, a // a holds the date, if either does
	}
	wb := parseDateWords(b.DateText)
	if a.Date != "" {
		return wordsFitDate(wb, a.Date, b, nearDay)
	}
	wa := parseDateWords(a.DateText)
	score := 0
	switch {
	case wa.HasDay && wb.HasDay && wa.Weekday != wb.Weekday:
		return 0, false
	case wa.HasDay && wb.HasDay:
		score += 2
	}
	switch {
	case wa.Month != 0 && wb.Month != 0 && wa.Month != wb.Month:
		return 0, false
	case wa.Day != 0 && wb.Day != 0 && wa.Day != wb.Day:
		return 0, false
	case wa.Month != 0 && wb.Month != 0:
		score++
	}
	pa, pb, published := bothDays(a.Day, b.Day)
	if published && abs(pa.Sub(pb).Hours()/24) > undatedWindow {
		return 0, false
	}
	if score == 0 && !published {
		// Nothing ties the two reports to one day: a "Saturday" call and a "July" call, or
		// two undated calls of unknown publication, may be months apart. Ministers talk
		// often, so keeping them apart is the safer error.
		return 0, false
	}
	return score, true
}

// wordsFitDate checks an undated report (its words w, its publication and status) against
// a contact's known date.
func wordsFitDate(w dateWords, date string, r report, nearDay bool) (int, bool) {
	score := 0
	if w.Month != 0 {
		if w.Month != monthOf(date) {
			return 0, false
		}
		score++
	}
	day, exact := parseDay(date)
	if !exact {
		return score, true
	}
	switch {
	case !w.HasDay:
	case w.Weekday == day.Weekday():
		score += 2
	case nearDay && (w.Weekday == day.AddDate(0, 0, 1).Weekday() || w.Weekday == day.AddDate(0, 0, -1).Weekday()):
		score++ // "Saturday" in Beijing for a call of Friday in Washington
	default:
		return 0, false
	}
	if w.Day != 0 && w.Day != day.Day() {
		return 0, false
	}
	if pub, ok := parseDay(r.Day); ok {
		days := day.Sub(pub).Hours() / 24
		switch {
		case abs(days) > undatedWindow:
			return 0, false
		case r.Status == "held" && days > 1: // reported as done before it happened
			return 0, false
		case r.Status == "held" && strings.TrimSpace(r.DateText) == "" && days < -wordlessLag:
			return 0, false
		case (r.Status == "scheduled" || r.Status == "proposed") && days < -1:
			return 0, false
		}
	}
	return score, true
}

// exactDay reports a YYYY-MM-DD date (not a month, not "").
func exactDay(d string) bool { return len(d) == len(time.DateOnly) }

func parseMonth(s string) (time.Time, error) { return time.Parse("2006-01", s) }

func parseDay(s string) (time.Time, bool) {
	t, err := time.Parse(time.DateOnly, s)
	return t, err == nil
}

func bothDays(a, b string) (time.Time, time.Time, bool) {
	ta, okA := parseDay(a)
	tb, okB := parseDay(b)
	return ta, tb, okA && okB
}

// monthOf is the month of a YYYY-MM or YYYY-MM-DD date, 0 when unreadable.
func monthOf(date string) time.Month {
	t, err := time.Parse("2006-01", date[:min(len(date), 7)])
	if err != nil {
		return 0
	}
	return t.Month()
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}
