package dates

// NewFinderWithoutCues returns a Finder that runs every pattern on every window, as Find
// did before its cues: the reference the tests hold the cues to.
func NewFinderWithoutCues() *Finder {
	f := NewFinder()
	for i := range f.scans {
		f.scans[i].needs = 0
	}
	return f
}

// WeekdayPattern is weekdayPattern, the regexp weekdayLocs stands for, for tests.
const WeekdayPattern = weekdayPattern

// WeekdayLocs is weekdayLocs, for tests.
func WeekdayLocs(text string) [][]int { return weekdayLocs(text) }

// MonthOnlyPattern is monthOnlyPattern, the regexp monthOnlyLocs stands for, for tests.
const MonthOnlyPattern = monthOnlyPattern

// MonthOnlyLocs is monthOnlyLocs, for tests.
func MonthOnlyLocs(text string) [][]int { return monthOnlyLocs(text) }

// RelativePattern is relativePattern, the regexp relativeLocs stands for, for tests.
const RelativePattern = relativePattern

// RelativeLocs is relativeLocs with the phrases of relativePattern, for tests.
func RelativeLocs(text string) [][]int { return newPhraseIndex(relativePhrases()).relativeLocs(text) }
