package clean

// WordCount is wordCount, for the external tests.
func WordCount(s string) int { return wordCount(s) }

// IsNotice is the prefiltered notice test, and NoticePattern the pattern alone, for the
// external tests.
func IsNotice(s string) bool { return New().isNotice(s) }

// NoticePattern reports whether the notice pattern matches s.
func NoticePattern(s string) bool { return New().p.notice.MatchString(s) }

// AnchoredMatch is newAnchored(expr).MatchString(s), with whether the first-rune filter
// was built, for the external tests.
func AnchoredMatch(expr, s string) (match, filtered bool) {
	a := newAnchored(expr)
	return a.MatchString(s), a.filter
}

// RepeatKey is repeatKey, for the external tests.
func RepeatKey(s string) string { return repeatKey(s) }

// AnchoredDisagree returns a function that gives the names of the cleaner's anchored
// patterns whose filtered match of s differs from the pattern's own, and how many of them
// have a second-rune filter, for the external tests.
func AnchoredDisagree() func(s string) (names []string, second int) {
	p := newPatterns()
	all := map[string]anchored{"agencyOnly": p.agencyOnly, "bioRole": p.bioRole, "captionLead": p.captionLead,
		"clock": p.clock, "creditOnly": p.creditOnly, "disclaimer": p.disclaimer, "endMark": p.endMark,
		"nameCredit": p.nameCredit, "nav": p.nav, "pressHead": p.pressHead, "promo": p.promo, "related": p.related,
		"relatedHead": p.relatedHead, "reportedFrom": p.reportedFrom, "staffHead": p.staffHead, "stamp": p.stamp,
		"tags": p.tags, "widget": p.widget}
	return func(s string) (names []string, second int) {
		for name, a := range all {
			if a.MatchString(s) != a.re.MatchString(s) {
				names = append(names, name)
			}
			if a.second != nil {
				second++
			}
		}
		return names, second
	}
}
