package extract

import (
	"strings"

	"hotline/importer/dates"
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"hotline/importer/parse"
)

// The tense a contact's date is counted in. A held contact's weekday or day is the latest
// on or before publication, a scheduled or proposed one's the first on or after it. Two
// kinds of plan are told from a moment just before publication, and their weekday is the
// first on or after the day before publication (rule date.arranged):
//   - a plan told in the past tense ("were due to hold talks on Wednesday", "was scheduled
//     to meet on Wednesday", "had been expected to meet", "was to meet", "said he would
//     meet", "flew to Vienna on Wednesday to meet"): its day may have just passed by the
//     time the article appears, so Wednesday in a paper of Thursday is the day before,
//     while Friday in a paper of Monday is still ahead ("was expected to meet on Friday");
//   - a contact told in the present tense with no word of its status ("Scholz meets Biden
//     on Friday", "Kovac is meeting Nehammer on Wednesday"): news prose uses the present
//     for what is arranged.
// A cancelled contact is told from no fixed side: called off before its day ("the meeting
// set for Friday was cancelled", told on Thursday) or after the day came ("Wednesday's
// talks were postponed"); its date is the nearest such day (rule date.nearest). A plan that
// told its day and that a later sentence calls off ("X will meet Y on Friday. The meeting
// was later cancelled.") keeps the plan's side: its day is counted as the plan told it.

// pastPlan reports a plan told in the past tense before the contact word (or the light verb
// before it): "was"/"were"/"had" then a word of planning ("due", "scheduled", "set",
// "expected", "planned", "agreed", "going") or "to", with at most "been" or an adverb of
// time between ("had been expected to", "was originally scheduled to"); "would" ("said
// he would meet Y on Friday": the future of a past saying); or a word of proposal in the
// past tense ("proposed talks on Nov. 20", "invited him to visit on Monday").
func (s *scan) pastPlan(c clause, tr trigger, light int) bool {
	head := tr.headWith(light)
	for k := max(c.from, head-8); k < head; k++ {
		if s.inQuote[k] != s.inQuote[tr.at] || s.nameNotModal(k) {
			continue
		}
		switch w := s.toks[k].Low; {
		case w == "would":
			return true
		case strings.HasSuffix(w, "ed") && s.gaz.In(lexicon.Proposal, w):
			return true // "proposed talks on Nov. 20", "invited him to visit on Monday": a plan told in the past
		case s.readiedFor(k):
			return true // "prepared for talks with Y on Monday": the talks ahead of a past moment
		case w == "was" || w == "were" || w == "had":
			j := k + 1
			for j < head && s.gaz.In(lexicon.PlanFiller, s.toks[j].Low) {
				j++
			}
			if j < head {
				if w := s.toks[j].Low; w == "to" || w == "supposed" || isPastPlanWord(s, w) {
					return true
				}
			}
		}
	}
	return false
}

// readiedFor reports a verb of getting ready in the past right before "for" (words class
// readying): "prepared for a meeting with Y", "braced for talks".
func (s *scan) readiedFor(k int) bool {
	return k+1 < len(s.toks) && s.toks[k+1].Low == "for" && s.gaz.In(lexicon.Readying, s.toks[k].Low)
}

// isPastPlanWord reports a schedule word that can follow "was", "were" or "had": not the
// future's own words ("will", "next", "tomorrow": words class future).
func isPastPlanWord(s *scan, w string) bool {
	return s.gaz.In(lexicon.Schedule, w) && !s.gaz.In(lexicon.Future, w)
}

// presentTense reports a contact verb (or the light verb before a contact noun) in the
// simple present ("meets", "holds talks") or the present progressive ("is meeting", "are
// holding talks").
func (s *scan) presentTense(tr trigger, light int) bool {
	head := tr.headWith(light)
	if head == tr.at && tr.noun {
		return false // a contact noun with no light verb before it has no tense
	}
	t := s.toks[head]
	if t.Cap || t.Kind != tokens.Word {
		return false
	}
	if strings.HasSuffix(t.Low, "ing") {
		return head > 0 && (s.toks[head-1].Low == "is" || s.toks[head-1].Low == "are")
	}
	if s.pluralPresent(head) {
		return true // "Lula and Petro meet in Bogota on March 12", "they hold talks on Monday"
	}
	return len(t.Low) > 3 && strings.HasSuffix(t.Low, "s") && !strings.HasSuffix(t.Low, "ss") && !strings.HasSuffix(t.Low, "us") &&
		head > 0 && !beforeNoun(s.toks[head-1].Low)
}

// pluralPresent reports a verb at token head in its plain form right after a plural
// subject, the names of two persons or "they": the simple present of "X and Y meet in Bogota
// on March 12", "They hold talks on Monday". A past form, or a plain form after "to" or a
// modal, is no present.
func (s *scan) pluralPresent(head int) bool {
	t := s.toks[head]
	if head < 3 || strings.HasSuffix(t.Low, "s") || strings.HasSuffix(t.Low, "ed") || s.gaz.In(lexicon.Past, t.Low) || s.gaz.In(lexicon.PastLight, t.Low) {
		return false
	}
	if s.toks[head-1].Low == "they" {
		return true
	}
	mi := s.mentionAt(head - 1)
	if mi < 0 || s.mentions[mi].to != head || s.mentions[mi].kind != mPerson {
		return false
	}
	for k := s.mentions[mi].from - 1; k >= 0 && k >= s.mentions[mi].from-4; k-- {
		if s.toks[k].Low == "and" {
			return true // "X and Y meet", "X and President Y meet"
		}
		if s.toks[k].Kind != tokens.Word {
			return false
		}
	}
	return false
}

// journeyPresentFor reports a contact noun that is the purpose of a journey told in the
// simple present: "heads to Ankara on Sunday for talks with Y", "travels to Paris for a
// meeting with Y". News prose tells an arranged journey so, as it tells an arranged
// contact ("meets Y on Friday"): the noun takes the journey verb's tense (a verb of class
// trip-plan with the -s of the present, between the clause's start and "for").
func (s *scan) journeyPresentFor(c clause, tr trigger, light int) bool {
	if head := tr.headWith(light); !tr.noun || head != tr.at && s.toks[head].Low != "for" {
		return false // a light verb of its own: "heads to Ankara to hold talks"
	}
	k := tr.at - 1
	for k > c.from && k > tr.at-4 && s.toks[k].Low != "for" {
		k-- // "for a meeting", "for fresh talks"
	}
	if k <= c.from || s.toks[k].Low != "for" {
		return false
	}
	for j := k - 1; j >= c.from && j >= k-8; j-- {
		t := s.toks[j]
		if t.Kind != tokens.Word || s.inQuote[j] != s.inQuote[tr.at] {
			return false
		}
		if t.Cap || !strings.HasSuffix(t.Low, "s") {
			continue
		}
		base := strings.TrimSuffix(t.Low, "s")
		if strings.HasSuffix(t.Low, "ies") {
			base = strings.TrimSuffix(t.Low, "ies") + "y" // "flies"
		} else if strings.HasSuffix(t.Low, "oes") {
			base = strings.TrimSuffix(t.Low, "es") // "goes"
		}
		if s.gaz.In(lexicon.TripPlan, base) {
			return true
		}
	}
	return false
}

// progressiveAhead reports a date of a contact told in the present (progressive, "is
// meeting", or simple, "meets") that lies ahead of the publication day ref: resolved to a
// later day ("is meeting Y on Thursday", "meets Y on Friday" in a paper of Tuesday), or told
// with a word that puts it after the present ("later today", "tomorrow", "next week": words
// class time-ahead) in it or right before it or its "on". News prose uses "is meeting" and
// "meets" for what is arranged, so such a contact is scheduled; one with no time ("is
// meeting Y in Geneva", the headline's "X meets Y") or with the day of publication or before
// it ("meets Y on March 6" in a paper of March 8) is going on or done, and stays held. The
// present counts as held otherwise because a headline or a lead tells a done contact in it.
func (s *scan) progressiveAhead(d dateExpr, resolved, ref string) bool {
	if len(resolved) == len("2006-01-02") && len(ref) == len(resolved) && resolved > ref {
		return true
	}
	from := d.from
	if from > 0 && (s.toks[from-1].Low == "on" || s.toks[from-1].Low == "in") {
		from-- // "later on Thursday", "in the coming days"
	}
	for k := max(from-1, 0); k < d.to && k < len(s.toks); k++ {
		if s.gaz.In(lexicon.TimeAhead, s.toks[k].Low) {
			return true
		}
	}
	return false
}

// dayBefore reports a resolved day (YYYY-MM-DD) before the publication day ref. The
// purpose of a journey told as made ("flew to Kyiv to meet Y on Monday", in a paper of
// Tuesday) whose day is already past when the article is written was met: the article
// tells it as done, not as a plan (contact.purpose-past).
func dayBefore(day, ref string) bool {
	return len(day) == len("2006-01-02") && len(ref) == len(day) && day < ref
}

// beforeNoun reports a word before a noun: "the talks", "their calls" are no verbs.
func beforeNoun(w string) bool {
	switch w {
	case "the", "a", "an", "their", "his", "her", "its", "our", "these", "those", "of", "in", "'s":
		return true
	}
	return false
}

// direction is the tense the contact's date is counted in (see above).
func (b *building) direction() dates.Direction {
	status := b.status
	if status == "cancelled" && b.plannedAs != "" {
		status = b.plannedAs // "X will meet Y on Friday. The meeting was later cancelled.": Friday ahead
	}
	switch {
	case status == "cancelled":
		return dates.Unknown
	case status == "held" && !b.explicit && b.present:
		return dates.Arranged
	case status == "scheduled" || status == "proposed":
		if b.planPast || b.present {
			return dates.Arranged
		}
		return dates.Future
	}
	return dates.Past
}

// pastPurpose reports a contact verb (or the light verb before a contact noun) that is the
// purpose of an act told in the past: "flew to Riyadh on Monday to meet the crown prince",
// "met X on Sunday, before flying to Riyadh to meet Y on Monday". The parse links the
// infinitive to the verb above it (xcomp, advcl); a verb in the past tense there makes the
// plan a past one, a verb in the present or future ("is travelling to X to meet") or a
// word of planning ("agreed to meet", "expected to meet", the status's own cues) does not,
// nor does "be to" ("announced that X is to speak to Y").
func (x *Extractor) pastPurpose(s *scan, tr trigger, light int) bool {
	head := tr.headWith(light)
	if head == 0 || s.toks[head-1].Low != "to" {
		return false
	}
	if head >= 2 && isBeVerb(s.toks[head-2].Low) {
		return false // "announced X is to speak to Y": a plan with "be to", whatever the parse hangs it on
	}
	if s.journeyMadeBefore(head - 1) {
		return true // "flew to Phnom Penh on Friday to meet Y", however the parse hangs it
	}
	y, v := x.predicate(s, head)
	if y == nil {
		return false
	}
	ps := y.sent
	for steps := 0; steps < 3 && v >= 0; steps++ {
		switch mainRel(ps.Tokens[v].Rel) {
		case "xcomp", "advcl":
		default:
			return false
		}
		v = ps.Tokens[v].Head
		if v < 0 || ps.Tokens[v].UPOS != "VERB" {
			return false
		}
		w := strings.ToLower(ps.Tokens[v].Text)
		if s.gaz.In(lexicon.Schedule, w) || s.gaz.In(lexicon.Proposal, w) || s.gaz.In(lexicon.Expected, w) {
			return false
		}
		if strings.HasPrefix(w, "look") && v+1 < len(ps.Tokens) && strings.EqualFold(ps.Tokens[v+1].Text, "forward") {
			return false // "looked forward to meeting X": a plan, not the purpose of a past act
		}
		switch auxTense(ps, v) {
		case "past":
			return true
		case "present":
			return false
		}
		if pastForm(w, strings.ToLower(ps.Tokens[v].Lemma)) {
			return true
		}
	}
	return false
}

// journeyMadeBefore reports a verb of a journey made (words class trip-made: "flew",
// "travelled") right before the "to" at k, with only its destination and day between:
// "flew to Phnom Penh on Friday to meet Y". A parse may take the verb for a noun after a
// name's "Jr.,"; the words tell the purpose of a journey told as made all the same.
func (s *scan) journeyMadeBefore(k int) bool {
	from := s.sents[s.toks[k].Sent].from
	for j := k - 1; j >= from && j >= k-8; j-- {
		t := s.toks[j]
		switch {
		case s.inQuote[j] != s.inQuote[k]:
			return false
		case s.gaz.In(lexicon.TripMade, t.Low):
			return j+1 < k && s.toks[j+1].Low == "to"
		case t.Kind == tokens.Word && (t.Cap || t.Low == "to" || t.Low == "on" || t.Low == "the" || t.Low[0] >= '0' && t.Low[0] <= '9'):
		default:
			return false
		}
	}
	return false
}

// auxTense reads the auxiliaries of verb v: "past" for was, were, had; "present" for is,
// are, will and the like; "" when it has none of them.
func auxTense(ps parse.Sentence, v int) string {
	for _, k := range ps.Children(v) {
		if mainRel(ps.Tokens[k].Rel) != "aux" {
			continue
		}
		switch strings.ToLower(ps.Tokens[k].Text) {
		case "was", "were", "had", "'d":
			return "past"
		case "is", "are", "am", "will", "shall", "'s", "'re", "'ll", "be", "has", "have":
			return "present"
		}
	}
	return ""
}

// pastForm reports a verb form that is neither the lemma, nor its third person ("flies",
// "travels"), nor a participle in -ing: a simple past ("flew", "arrived", "travelled").
func pastForm(w, lemma string) bool {
	switch {
	case w == lemma, strings.HasSuffix(w, "ing"), w == lemma+"s", w == lemma+"es":
		return false
	case strings.HasSuffix(w, "ies") && strings.HasSuffix(lemma, "y"):
		return false
	}
	return true
}

// toldEarlier reports a contact told as before the story's day, by the past perfect with
// a word of time before the contact word: "He had earlier met Volcker", "had previously
// spoken with". A later "today's talks" is not that contact's day.
func (s *scan) toldEarlier(c clause, tr trigger) bool {
	had := false
	for k := max(c.from, tr.at-4); k < tr.at; k++ {
		switch w := s.toks[k].Low; {
		case w == "had":
			had = true
		case had && s.gaz.In(lexicon.Earlier, w):
			return true
		}
	}
	return false
}

// pastPerfect reports a contact verb (or the light verb before a contact noun) in the past
// perfect: "had shuttled between X and Y", "had held talks with". The story's day is not
// its day: the past perfect tells what came before it. "had talks" is a light verb in the
// simple past.
func (s *scan) pastPerfect(c clause, tr trigger, light int) bool {
	head := tr.headWith(light)
	if head == tr.at && tr.noun {
		return false // a contact noun with no light verb before it has no tense
	}
	k := head - 1
	if k > c.from && (s.toks[k].Low == "also" || s.toks[k].Low == "already" || strings.HasSuffix(s.toks[k].Low, "ly")) {
		k--
	}
	return k >= c.from && (s.toks[k].Low == "had" || s.toks[k].Low == "'d") && s.inQuote[k] == s.inQuote[tr.at]
}

// isToday reports a date that is the day of publication by its words: "today", "this
// morning", "tonight".
func isToday(e dates.Expr) bool {
	return e.Kind == dates.Relative && e.Unit == dates.Days && e.Count == 0
}
