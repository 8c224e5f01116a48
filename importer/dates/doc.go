// Package dates understands dates as news articles write them: publication dates in the many
// formats scrapers export (Parse) and in the addresses news sites give their articles
// (FromURL), and date expressions inside the story such as "on Tuesday", "Jan. 21", "in
// September" or "from Friday to Sunday" (Find), which Resolve turns into calendar dates
// relative to the article's publication date. Everything here is pure: no clock, no time
// zone, no state.
package dates
