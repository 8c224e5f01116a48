package page

// Timeline is a bar chart of contacts per period drawn as SVG on the server: it needs no
// script, its counts are in the page (data-count) for tests and screen readers, and each
// bar is a link to the table narrowed to its period.
type Timeline struct {
	Caption  string // "42 contacts by month, by mode"
	Period   string
	Total    int
	ViewBox  string
	Bars     []TimelineBar
	Ticks    []Tick
	Legend   []LegendItem
	MaxLabel string // the tallest bar's count, for the axis
	Note     string // contacts not drawn (undated), or why nothing was drawn
	JSONURL  string // the data behind the picture
}

// TimelineBar is one period's bar, a link, split into one segment per series value.
type TimelineBar struct {
	URL, Title, Start string
	Count             int
	X, Y, W, H        string // the whole bar's box, the link's target area
	Segments          []BarSegment
}

// BarSegment is the part of a bar for one mode or status; Class colours it.
type BarSegment struct {
	Y, H, Class string
}

// Tick is a label under the bars, X in percent of the width ("12.5%").
type Tick struct {
	X, Label string
}

// LegendItem names a colour and says how many contacts it stands for.
type LegendItem struct {
	Label, Class string
	Count        int
}
