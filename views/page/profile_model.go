package page

// ActorProfile is the part of an actor's page that reads like a profile: who, contacts
// over time, the neighbourhood, top partners, quotes, articles, aliases.
type ActorProfile struct {
	Summary  string // "President · RU · 12 contacts"
	Country  Link
	Timeline Timeline
	Network  NetworkBox
	Partners []RankedLink
	Quotes   []RankedLink // Link is the quote, Sub its article and date
	Articles []RankedLink
	Aliases  []RankedLink
	JSONURL  string
	Links    []Link // the actor's contacts, partners, quotes as tables
}

// CountryPage is a country's page: its actors, partner countries, contacts over time and
// network.
type CountryPage struct {
	Layout
	Summary  string
	Timeline Timeline
	Network  NetworkBox
	Actors   []RankedLink
	Partners []RankedLink
	Links    []Link
	JSONURL  string
}
