package views

import (
	"net/http"
	"strings"
	"time"
)

// fixForm redirects the HTML page of a picture whose form fields need formURL's
// corrections; done reports that the answer is sent, or that err is to be.
func fixForm(w http.ResponseWriter, r *http.Request, format string) (done bool, err error) {
	if format != "" {
		return false, nil
	}
	to, err := formURL(r)
	if err != nil || to == "" {
		return err != nil, err
	}
	http.Redirect(w, r, to, http.StatusFound)
	return true, nil
}

// formURL is where the filter form of a picture (network, matrix) should have sent the
// visitor, or "" when the URL is already so. Dates compare as text, so "to 2022"
// (date__lte=2022) stopped before 2022-01-01 and "from 2022 to 2022" drew nothing: a
// year or month in "to" becomes its last day. Country codes are upper case in the file,
// so "us" found no one: the country fields are upper-cased. The page redirects, so that
// its URL, its form and its links to rows all say the filter that was applied.
func formURL(r *http.Request) (string, error) {
	ps, err := parseParams(r.URL.RawQuery)
	if err != nil {
		return "", err
	}
	changed := false
	for i, p := range ps {
		v := p.Value
		switch p.Key {
		case "date__lte":
			v = periodEnd(v)
		case "country", "partner_country":
			v = strings.ToUpper(strings.TrimSpace(v))
		}
		if v != p.Value {
			ps[i].Value, changed = v, true
		}
	}
	if !changed {
		return "", nil
	}
	return r.URL.Path + ps.query(), nil
}

// periodEnd is the last day of a year (2022) or month (2022-02); any other text as it is.
func periodEnd(v string) string {
	for _, p := range []struct {
		layout      string
		years, mons int
	}{{"2006", 1, 0}, {"2006-01", 0, 1}} {
		if t, err := time.Parse(p.layout, v); err == nil && len(v) == len(p.layout) {
			return t.AddDate(p.years, p.mons, -1).Format("2006-01-02")
		}
	}
	return v
}
