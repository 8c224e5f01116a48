// Package dates understands dates as news articles write them: publication dates in the many
// formats scrapers export (Parse) and in the addresses news sites give their articles
// (FromURL), and date expressions inside the story such as "on Tuesday", "Jan. 21", "in
// September" or "from Friday to Sunday" (Find), which Resolve turns into calendar dates
// relative to the article's publication date. Everything here is pure: no clock, no time
// zone, no state.
//
// Find reads news text, mostly without dates, for every sentence that reports a contact,
// and Go's regexps have no prefilter of their own: run on the windows around the words
// every date holds (window.go), the patterns were still a fifth of an import's CPU, most
// of it in the regexp backtracker. So Find runs on a window only the patterns whose cues
// the window shows: letters every match of the pattern holds (cues.go), so that a pattern
// is skipped only where it cannot match, and the dates found are those of running every
// pattern everywhere. The patterns that ran on most windows and matched there most
// (weekdays, months after a preposition, words of time from publication) are hand-written
// scans, each held by the tests to the regexp it stands for.
package dates
