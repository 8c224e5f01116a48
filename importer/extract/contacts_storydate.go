package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"hotline/importer/dates"
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// Story dates: news opens with what happened and when ("Sturgeon made a dash to Brussels
// on Wednesday", "Kishida and Yoon agreed Sunday", "His visit was shrouded in secrecy
// until this morning"), then tells the contacts of that day without repeating the day
// ("Sturgeon told reporters after meeting Schulz", "At their meeting in Seoul"). A held
// contact of the story's people, told near the top with no date of its own, takes the
// day of the lead (rule date.story). Contacts told further down, or marked as earlier
// ("during a recent visit"), keep no date: a story of a three-day trip dated by its
// last day must not date the trip's first meetings.

// Where a contact must first be told to take the story's day: within the first
// storyParas paragraphs and storySents sentences of the text.
const (
	storyParas = 3
	storySents = 5
	// leadSents is how many sentences of the first paragraph may give the day; after a
	// first paragraph of one sentence without one, the second paragraph's first sentence
	// may: copy wrapped without blank lines is cut into paragraphs at sentence ends, and a
	// lede of one sentence that ends a line leaves its paragraph's day in the next.
	leadSents = 2
	// storyReach is how far down a contact may take the day when the text names no
	// other time before it (story.sameTime).
	storyReach = 20
)

// story is the day of the lead and the people it names.
type story struct {
	date   dateExpr
	ok     bool
	actors map[int]bool
	// countryOf gives the country of each person serving one of the states that are the
	// lead's subject ("Norway and Uzbekistan pledged on Tuesday"): contacts_storydate_countries.go
	countryOf map[int]string
	owner     []int // the parties of the lead's contact the day is the own date of, if any
	// mode is the mode of a contact word the lead tells ("after his officials concluded a
	// meeting with US envoys"), or "": a contact of that mode told later names its people.
	mode string
}

// ownedBy notes the parties of the contact whose own date the lead's day is: "X met Y,
// and A and B held talks late Saturday" gives Saturday to A and B's talks, not to a
// contact of none of them.
func (st *story) ownedBy(cs []*building) {
	for _, b := range cs {
		if st.ok && b.hasDate && b.date.from == st.date.from {
			st.owner = b.parts
			return
		}
	}
}

// storyOf reads the lead: the first day-precise date expression (a weekday, a day of a
// month, "today", "this morning") or span of days in one month ("on 20-21 June") outside
// quotations in the first sentences of the first paragraph (leadSents), and the actors
// those sentences name.
func (r *resolver) storyOf() story {
	s := r.s
	st := story{actors: map[int]bool{}}
	if len(s.sents) == 0 {
		return st
	}
	para := s.sents[0].para
	last := -1
	for si := 0; si < len(s.sents) && si < leadSents && (s.sents[si].para == para || si == 1 && !st.ok && s.sents[si].para == para+1); si++ {
		last = si
		if st.ok || r.x.furniture(s, si) {
			continue
		}
		for _, d := range s.sentenceDates(si) {
			if s.inQuote[d.from] || !dayPrecise(d.e) && !dayRange(d.e) || hasWord(s, d.from-2, d.from, "since") || s.otherEventInLead(si, d) || s.futureBefore(si, d) || s.announcedPlan(si, d) {
				continue
			}
			st.date, st.ok = d, true
			break
		}
	}
	for _, m := range s.mentions {
		if m.sent <= last && m.actor >= 0 && !s.inQuote[m.from] {
			st.actors[m.actor] = true
		}
	}
	if st.ok {
		st.mode = s.leadContactMode(s.toks[st.date.from].Sent)
	}
	st.countryOf = r.countryParties(st)
	return st
}

// leadContactMode returns the mode of the first contact noun outside quotations in
// sentence si ("concluded a meeting with US envoys", "after talks in Geneva"), or "".
func (s *scan) leadContactMode(si int) string {
	se := s.sents[si]
	for k := se.from; k < se.to; k++ {
		if cw, ok := s.gaz.ContactWords[s.toks[k].Low]; ok && cw.Noun && !cw.Weak && !s.inQuote[k] {
			return cw.Mode
		}
	}
	return ""
}

// dayRange reports the days of a visit in one month ("on 20-21 June 2023", "from 26 to
// 28 July"): the story's contacts took place within it, and it dates them by its month, as
// a span of days is read ("from 20 to 22 December" is December).
func dayRange(e dates.Expr) bool {
	if e.Kind != dates.MonthOnly {
		return false
	}
	t := strings.TrimSuffix(strings.TrimSpace(e.Text), fmt.Sprint(e.Year))
	return strings.ContainsAny(t, "0123456789") && (strings.ContainsAny(t, "-–") || strings.Contains(t, " to ") || strings.Contains(t, " until ") || strings.Contains(t, " and "))
}

// dayPrecise reports an expression that names one day.
func dayPrecise(e dates.Expr) bool {
	switch e.Kind {
	case dates.Weekday:
		return true
	case dates.Absolute:
		return e.Day > 0
	case dates.Relative:
		return e.Unit == dates.Days
	}
	return false
}

// takesStoryDate reports whether a contact with no date of its own (or only "this week")
// is one of the story's day: held, first told near the top, with one of the lead's
// actors, and not marked as earlier than the story (a word such as "recent", or the past
// perfect: "had earlier met", "announced X had spoken to Y").
func (st story) takesStoryDate(s *scan, b *building, published string) bool {
	if !st.ok || b.hasDate && (!thisWeek(b.date.e) || st.weekendApart(b.date.e, published)) || b.status != "held" || b.earlier || b.firstSent >= len(s.sents) || s.earlierWord(b.firstSent) || st.owner == nil && s.duringLongTrip(b.firstSent) {
		return false
	}
	near := b.firstSent < storySents && s.sents[b.firstSent].para-s.sents[0].para < storyParas
	if !near && !(b.firstSent < storyReach && !s.countedPlural(b.firstTr) && st.sameTime(s, b.firstSent, published)) {
		return false
	}
	if st.owner != nil && !overlaps(st.owner, b.parts) {
		return false // the day is another contact's, of other people
	}
	if st.spanApart(s, b.firstTr) || contains(b.others, st.date.from) || st.otherYear(s, b.firstTr, published) || s.repeated(b.firstTr) {
		return false // "met Y to discuss the plan unveiled on Friday": Friday is the plan's
	}
	for _, p := range b.parts {
		if st.actors[p] {
			return true
		}
	}
	if st.ofLeadCountries(b.parts) {
		return true // "Norway and Uzbekistan pledged on Tuesday ... X met Y"
	}
	// the lead told the contact without its people ("his officials concluded a meeting with
	// US envoys"), and the text names them later ("Umerov, who sat with the envoys")
	return st.owner == nil && st.mode != "" && modesAgree(st.mode, b.mode)
}

// weekendApart reports a contact told "over the weekend" in a story whose day is a
// weekday: "X said on Monday she spoke to Y over the weekend" tells a call before the
// saying, which the lead's Monday must not date. A story of a Saturday or Sunday may.
func (st story) weekendApart(e dates.Expr, published string) bool {
	if !strings.Contains(strings.ToLower(e.Text), "weekend") {
		return false
	}
	day, ok := parseDay(st.date.resolve(published, dates.Past))
	return !ok || day.Weekday() != time.Saturday && day.Weekday() != time.Sunday
}

// thisWeek reports "this week" (or "earlier this week"): a date that names no day but
// holds the lead's, which is then the more precise.
func thisWeek(e dates.Expr) bool {
	return e.Kind == dates.Relative && e.Unit == dates.Weeks && e.Count == 0
}

// applyStoryDate dates c with the story's day when b takes it.
func (r *resolver) applyStoryDate(st story, b *building, c *Contact, published string) {
	if !st.takesStoryDate(r.s, b, published) {
		return
	}
	c.Date, c.DateText = st.date.resolve(published, dates.Past), st.date.text
	r.s.note(b.firstSent, "date", "date.story", true, st.date.from, st.date.to,
		fmt.Sprintf("no date of its own; the lead's %q -> %s (published %s)", st.date.text, orNone(c.Date), orNone(published)))
}

// otherEventInLead reports a date of the lead that belongs to another event than the
// story's: one in a relative clause ("X, who took office on Monday, phoned Y"), or one
// that a word of order sets apart as an event before or after the story's ("After
// Monday's attack, X phoned Y", "Ahead of the vote on Sunday, ...", "since Monday").
func (s *scan) otherEventInLead(si int, d dateExpr) bool {
	if s.inRelative(s.sents[si].from, d.from) {
		return true
	}
	for k := d.from - 1; k >= s.sents[si].from && k >= d.from-5; k-- {
		w := s.toks[k].Low
		if s.toks[k].Kind == tokens.Punct {
			return false
		}
		if _, ok := s.gaz.ContactWords[w]; ok {
			return false // "after talks with Xi on Monday": the story's contact
		}
		if w == "since" || (s.gaz.In(lexicon.Precedes, w) || s.gaz.In(lexicon.Follows, w)) && !s.dayTimeAfter(k) {
			return true
		}
	}
	return false
}

// sameTime reports that the text names no other time between the lead's day and sentence
// last (inclusive): every date outside quotations is of the story's day or one beside it
// ("said on Thursday" of a Wednesday meeting, "today"), and every year is the story's.
// The story's day holds until the text moves to another time ("in 2019", "on March 3");
// a time in a dashed aside ("- the first such contact since talks collapsed in 2014 -")
// is the aside's, and moves nothing.
func (st story) sameTime(s *scan, last int, published string) bool {
	day, ok := parseDay(st.date.resolve(published, dates.Past))
	if !ok {
		return false
	}
	year := strconv.Itoa(day.Year())
	leadSent := s.toks[st.date.from].Sent
	for si := leadSent; si <= last && si < len(s.sents); si++ {
		for _, d := range s.sentenceDates(si) {
			if s.inQuote[d.from] || d.from == st.date.from || s.dashedAsideBefore(d.from, s.sents[si].to) || s.backgroundAt(si, d.from) || s.planBefore(si, d.from) || s.boundWord(d.from) || s.pluperfectBefore(si, d.from) || s.sinceDoing(si, d.from) || s.stillDate(si, d, published) {
				continue // "who last met in 2019", "expected the next round in early March", "since March 2022", "had signed a deal in January", "since taking office in June": no move in time
			}
			other, ok := parseDay(d.resolve(published, dates.Past))
			if !ok || abs(other.Sub(day).Hours()/24) > 1 {
				return false
			}
		}
		se := s.sents[si]
		for k := se.from; k < se.to; k++ {
			if y, prep, ofPart := s.yearAt(k, se.from); !s.inQuote[k] && !s.dashedAsideBefore(k, se.to) && y != "" && y < year && s.timeOfYear(prep, ofPart, timePreposition) && !s.backgroundAt(si, k) && !s.boundWord(k) && !s.pluperfectBefore(si, k) && !s.sinceDoing(si, k) {
				return false // "in 2019", "since 2014", "in late 2019", "at the end of 2019"; not "the 2015 nuclear deal"
			}
		}
	}
	return true
}

// yearAt returns the year token k tells, "2019" or "mid-2019", and the word before it and
// the part of the year told between them, in sentence words from from on: "in" of "in
// 2019", "in late 2019" and "in mid-2019", and "at" of "at the end of 2019" (ofPart: a
// part "of" the year, after which "at" and "by" set a time as "in" does). The year is ""
// when k is no year; prep is -1 when no word is before it.
func (s *scan) yearAt(k, from int) (year string, prep int, ofPart bool) {
	w := s.toks[k].Low
	year = strings.TrimPrefix(w, "mid-")
	if !yearToken(year) {
		return "", -1, false
	}
	j := k - 1
	switch {
	case year != w: // "in mid-2019": one word
	case j > from && s.gaz.In(lexicon.YearPart, s.toks[j].Low):
		j-- // "in late 2019"
	case j-3 >= from && s.toks[j].Low == "of" && s.gaz.In(lexicon.YearPart, s.toks[j-1].Low) && s.toks[j-2].Low == "the":
		j, ofPart = j-3, true // "at the end of 2019"
	}
	if j < from {
		return year, -1, false
	}
	return year, j, ofPart
}

// timeOfYear reports the word before a year and its part (yearAt) setting the time of
// what is told: a preposition of time, or "at" or "by" before a part of the year.
func (s *scan) timeOfYear(prep int, ofPart bool, preposition func(string) bool) bool {
	if prep < 0 {
		return false
	}
	w := s.toks[prep].Low
	return preposition(w) || ofPart && (w == "at" || w == "by")
}

// yearToken reports a word that is a year of the calendar: "2019", "1998".
func yearToken(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w[:2] == "19" || w[:2] == "20"
}

// parseDay reads a YYYY-MM-DD date.
func parseDay(s string) (time.Time, bool) {
	t, err := time.Parse(time.DateOnly, s)
	return t, err == nil
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

// countedPlural reports a plural contact noun counted by a number within the three words
// before it: "held three made-for-television meetings" sums up occasions, none of them
// the story's.
func (s *scan) countedPlural(tr trigger) bool {
	w := s.toks[tr.at].Low
	if !tr.noun || w == "talks" || !strings.HasSuffix(w, "s") {
		return false
	}
	for k := tr.at - 1; k >= 0 && k >= tr.at-3; k-- {
		if w := s.toks[k].Low; w == "dozen" || w == "dozens" || s.gaz.In(lexicon.Count, w) {
			return true
		}
		if w := s.toks[k].Low; w != "" && w[0] >= '2' && w[0] <= '9' && len(w) <= 2 {
			return true
		}
	}
	return false
}

// timePreposition reports a preposition that makes a year the time of what a clause tells.
func timePreposition(w string) bool {
	switch w {
	case "in", "since", "until", "till", "by", "from", "during", "before", "after":
		return true
	}
	return false
}

// spanApart reports a contact told in the lead's sentence in a clause that a span of time
// sets apart from the lead's day: "X phoned Y on Tuesday, days after Y met Z in Paris",
// "Weeks after meeting Z, Y received X on Tuesday". Z's meeting was days before the day;
// a bare "after" ("told reporters after meeting Z") is left alone, as of the same day.
func (st story) spanApart(s *scan, tr trigger) bool {
	d := st.date
	if tr.at >= len(s.toks) || s.toks[tr.at].Sent != s.toks[d.from].Sent {
		return false
	}
	if d.to <= tr.at {
		for k := d.to; k < tr.at; k++ {
			if s.anotherEventAt(k) {
				return true
			}
		}
		return false
	}
	if !hasPunct(s, tr.to, d.from) {
		return false
	}
	for k := s.sents[s.toks[tr.at].Sent].from; k < tr.at; k++ {
		if s.anotherEventAt(k) {
			return true
		}
	}
	return false
}

// futureBefore reports a date of the lead told of a time ahead by a modal before it in
// its sentence: "X met Y in Cairo. X will travel to Israel on Wednesday." The story's
// contacts are not of the day of its next step. A comma between them sets the date in
// another clause: "X will host Y, the White House said on Tuesday".
func (s *scan) futureBefore(si int, d dateExpr) bool {
	for k := s.sents[si].from; k < d.from; k++ {
		if s.inQuote[k] {
			continue
		}
		switch s.toks[k].Low {
		case "will", "'ll", "shall":
			return !hasPunct(s, k, d.from)
		}
	}
	return false
}

// announcedPlan reports a lead's day that dates the telling of a planned journey or
// contact, not a contact: "Boric announced on Monday that Varga would visit", "X said
// Tuesday she will travel to Y". The day is a speech verb's, and the clause it introduces
// tells a visit or a contact in the future, so the contacts told after it did not take
// place on that day ("said on Wednesday that the border would stay open" plans neither,
// and the story's contacts may be of that day).
func (s *scan) announcedPlan(si int, d dateExpr) bool {
	k := d.from - 1
	if k > s.sents[si].from && s.toks[k].Low == "on" {
		k--
	}
	if k < s.sents[si].from || !s.gaz.IsSpeechVerb(s.toks[k].Low) {
		return false
	}
	for k := d.to; k < s.sents[si].to && k < d.to+8; k++ {
		if s.inQuote[k] || s.toks[k].Kind == tokens.Punct {
			return false
		}
		switch s.toks[k].Low {
		case "will", "'ll", "shall", "would":
			return s.plannedVisit(si, k+1)
		}
	}
	return false
}

// plannedVisit reports a journey or a contact told in the few words of sentence si from
// token k on, outside quotations: "(would) visit Santiago", "(will) travel to", "(would)
// meet the president".
func (s *scan) plannedVisit(si, k int) bool {
	for end := min(s.sents[si].to, k+4); k < end; k++ {
		w := s.toks[k].Low
		if s.inQuote[k] || s.toks[k].Kind == tokens.Punct {
			return false
		}
		if _, ok := s.gaz.ContactWords[w]; ok || s.gaz.In(lexicon.TripPlan, w) {
			return true
		}
	}
	return false
}

// otherYear reports a contact told in its own clause of another year than the story's:
// "He met Y last year", "X and Y met in Kyiv in 2022". Such a contact is background, not
// of the lead's day; "the 2015 nuclear deal" names no time, but "at the 2022 summit" the
// time of the gathering the contact was held at, and "their first meeting since 2019"
// tells a contact after it. A year in an opening clause with a verb of its own tells
// that clause's event (openingClause), and one in a dashed aside after the contact word the
// aside's (dashedAsideBefore).
func (st story) otherYear(s *scan, tr trigger, published string) bool {
	day, ok := parseDay(st.date.resolve(published, dates.Past))
	if !ok || tr.at >= len(s.toks) {
		return false
	}
	year := strconv.Itoa(day.Year())
	se := s.sents[s.toks[tr.at].Sent]
	for k := se.from + 1; k < se.to; k++ {
		if s.inQuote[k] != s.inQuote[tr.at] {
			continue
		}
		w := s.toks[k].Low
		if k < tr.at && s.openingClause(k, tr.at) {
			continue // "After a planned visit was cancelled last year, X met Y": the cancelling's year
		}
		if k > tr.at && s.dashedAsideBefore(k, se.to) && !s.dashedAsideBefore(tr.at, se.to) {
			continue // "X met Y - the first such contact since talks collapsed in 2021 - in Kyiv": the aside's year
		}
		if y, prep, ofPart := s.yearAt(k, se.from); y != "" && y != year && s.timeOfYear(prep, ofPart, pastYearPreposition) || w == "year" && (s.toks[k-1].Low == "last" || s.toks[k-1].Low == "previous") {
			return true // "in 2022", "in late 2022", "at the end of 2022", "last year"
		}
		if yearToken(w) && w < year && s.toks[k-1].Low == "the" && s.gatheringAfter(k+1, se.to) {
			return true // "met Y at the 2022 summit", "on the sidelines of the 2022 NATO summit"
		}
	}
	return false
}

// gatheringAfter reports a gathering's noun at token k or after up to two capitalised
// words from k on, before token to: "summit" of "the 2022 summit", "the 2022 NATO summit".
func (s *scan) gatheringAfter(k, to int) bool {
	for j := k; j < to && j <= k+2; j++ {
		if s.gaz.In(lexicon.Gathering, s.toks[j].Low) {
			return true
		}
		if !s.toks[j].Cap {
			return false
		}
	}
	return false
}

// pastYearPreposition reports a preposition that sets what a clause tells in the year after
// it: "in 2022", "during 2021", "before 2020".
func pastYearPreposition(w string) bool {
	return w == "in" || w == "during" || w == "before"
}

// repeated reports a contact told as many occasions in its sentence: "has met Y several
// times", "they spoke repeatedly". None of them is the story's day.
func (s *scan) repeated(tr trigger) bool {
	if tr.at >= len(s.toks) {
		return false
	}
	se := s.sents[s.toks[tr.at].Sent]
	for k := se.from; k < se.to; k++ {
		switch w := s.toks[k].Low; {
		case s.gaz.In(lexicon.Frequency, w): // "repeatedly", "often", "routinely"
			return true
		case w == "times":
			if k == se.from {
				continue
			}
			switch p := s.toks[k-1].Low; {
			case p == "several", p == "many", p == "multiple", p == "numerous", p == "dozen", p == "countless", s.gaz.In(lexicon.Count, p):
				return true
			}
		}
	}
	return false
}

// backgroundAt reports token k in a relative clause of sentence si: "the two leaders, who
// last met in 2019," tells of the people, and the story stays at its time.
func (s *scan) backgroundAt(si, k int) bool {
	return s.inRelative(s.sents[si].from, k)
}

// boundWord reports a time told as the bound of a span that reaches the story's time:
// "the first meeting since 2019", "since the start of 2022" (a span up to now), "by 2030",
// "until the end of March" (a bound ahead). The story stays at its day; a year after the
// story's is ahead of it in any case.
func (s *scan) boundWord(k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch s.toks[j].Low {
		case "since", "until", "till", "by":
			return true
		case "the", "start", "end", "beginning", "middle", "of", "early", "late", "mid":
			continue
		}
		return false
	}
	return false
}

// planBefore reports a word of a plan before token k in its clause of sentence si: "said he
// expected the next round to take place in early March", "will travel in April". A time
// ahead does not move the story back from its day.
func (s *scan) planBefore(si, k int) bool {
	for j := k - 1; j >= s.sents[si].from; j-- {
		switch w := s.toks[j].Low; {
		case w == "," || w == ";" || w == "but":
			return false
		case s.gaz.In(lexicon.PlanAhead, w):
			return true
		}
	}
	return false
}

// openingClause reports token k inside a clause that opens the sentence with a verb of
// its own and closes with a comma before the contact word at: "After a planned visit was
// cancelled last year, X met Y", "After talks collapsed in 2022, X met Y". Its time is
// its event's. A phrase with no verb ("Last year, X met Y", "After the vote in 2022, X
// met Y") tells the contact's own time.
func (s *scan) openingClause(k, at int) bool {
	se := s.sents[s.toks[at].Sent]
	comma := s.commaWithin(k+1, at)
	if comma < 0 || s.commaWithin(se.from, k) >= 0 {
		return false
	}
	for j := se.from; j < comma; j++ {
		t := s.toks[j]
		if t.Kind != tokens.Word || t.Cap && j > se.from {
			continue
		}
		if isBeVerb(t.Low) || strings.HasSuffix(t.Low, "ed") && j > se.from && !isDeterminer(s.toks[j-1].Low) && s.toks[j-1].Kind != tokens.Poss {
			return true
		}
	}
	return false
}
