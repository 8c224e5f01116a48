package gum

import "regexp"

// Date is one date GUM marks, as XML=<date when:::"2011-04-13"> ... </date> in the MISC
// column (also from/to and notBefore/notAfter; ":::" stands for "="). It is kept in rune
// offsets rather than tokens, as a date finder's expressions are compared with it on the
// text.
type Date struct {
	// Start and End are rune offsets into Doc.Text, End exclusive (-1 for a date left out
	// with the title, whose Text is then "").
	Start, End int
	Text       string
	// Value is the when= value; From and To the bounds of a range (from/to or
	// notBefore/notAfter; one may be empty).
	Value, From, To string
	Grain           Grain
}

// Grain is how precise a gold date is.
type Grain int

const (
	// Day is a day ("2011-04-13", a time of one, "--07-04" of no year).
	Day Grain = iota + 1
	// Month is a month ("2011-04", "--10" of no year).
	Month
	// Year is a year ("2011", "0837").
	Year
	// Range is a span given by from/to or notBefore/notAfter ("last week", "the 1960s").
	Range
	// Other is a value of no calendar date GUM also marks: before the common era, a
	// geological age, a slip ("w").
	Other
)

// String names the grain for logs.
func (g Grain) String() string {
	switch g {
	case Day:
		return "day"
	case Month:
		return "month"
	case Year:
		return "year"
	case Range:
		return "range"
	case Other:
		return "other"
	}
	return "unknown"
}

var (
	dayValue   = regexp.MustCompile(`^(\d{4}-\d\d-\d\d|--\d\d-\d\d)(T.*)?$`)
	monthValue = regexp.MustCompile(`^(\d{4}-\d\d|--\d\d)$`)
	yearValue  = regexp.MustCompile(`^\d{4}$`)
)

// grainOf tells how precise a gold date is by its value.
func grainOf(d Date) Grain {
	switch v := d.Value; {
	case v == "" && (d.From != "" || d.To != ""):
		return Range
	case dayValue.MatchString(v):
		return Day
	case monthValue.MatchString(v):
		return Month
	case yearValue.MatchString(v):
		return Year
	}
	return Other
}
