package page

// NetworkPage is who talks to whom: the filter form, the picture, and its data as tables.
type NetworkPage struct {
	Layout
	Filters PictureFilters
	Box     NetworkBox
	Actors  []RankedLink // the most connected actors
	Pairs   []PairLink   // the pairs with most contacts
	Exports []Link
}

// NetworkBox is where network.js draws a network from DataURL. The counts are the
// server's, so a reader without script (and a test) knows what the picture holds.
type NetworkBox struct {
	DataURL  string
	ActorURL string // a node's id appended opens the actor's page
	Nodes    int
	AllNodes int // before the limit
	Edges    int
	Contacts int
	Small    bool
	Scripts  []string // the vendored libraries and network.js, in load order
}

// RankedLink is a link with a count (and a short note, such as a country code).
type RankedLink struct {
	Link
	Sub   string
	Count int
}

// PairLink is two actors, their shared contacts, and the URL listing them.
type PairLink struct {
	A, B  Link
	Count int
	URL   string
}

// PictureFilters is the GET form above a picture: date range, country, partner country,
// mode and status; other parameters of the URL are kept as hidden fields.
type PictureFilters struct {
	Action   string
	Inputs   []Field  // date__gte, date__lte, country, partner_country
	Labels   []string // one per input
	Modes    []Option
	Statuses []Option
	Hidden   []Field
}
