package views

import (
	"encoding/base64"
	"math"
	"strconv"
	"time"
)

// The database hands values over as int64, float64, string, []byte, nil and (for
// columns declared DATE/DATETIME/TIMESTAMP, by the driver's choice) time.Time. These
// functions turn them into text for HTML, CSV and URLs, and into JSON-safe values.

// valueText is the plain text of a value: what a filter on it matches and what a URL
// carries. Binary values become base64.
func valueText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	case []byte:
		return base64.StdEncoding.EncodeToString(x)
	case time.Time:
		return timeText(x)
	}
	return ""
}

// timeText prints a date without a time of day as YYYY-MM-DD, the way it was stored.
func timeText(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339Nano)
}

// displayText is how a value is shown in a page: binary values are described, not dumped.
func displayText(v any) string {
	if b, ok := v.([]byte); ok {
		return "<Binary: " + strconv.Itoa(len(b)) + " bytes>"
	}
	return valueText(v)
}

// isNumber reports whether a value is numeric, to right-align it.
func isNumber(v any) bool {
	switch v.(type) {
	case int64, float64:
		return true
	}
	return false
}

// jsonValue makes a value safe for encoding/json: NaN and infinities (which JSON cannot
// carry) become null, bytes become Datasette's {"$base64": true, "encoded": ...}, times
// become text.
func jsonValue(v any) any {
	switch x := v.(type) {
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil
		}
	case []byte:
		return map[string]any{"$base64": true, "encoded": base64.StdEncoding.EncodeToString(x)}
	case time.Time:
		return timeText(x)
	}
	return v
}

// truncate cuts s to max runes with an ellipsis, reporting whether it did.
func truncate(s string, max int) (string, bool) {
	if len(s) <= max {
		return s, false
	}
	n := 0
	for i := range s {
		if n == max {
			return s[:i] + "…", true
		}
		n++
	}
	return s, false
}

// countText is "1 row", "12 rows" or "more than 10,000 rows".
func countText(n int64, exact bool) string {
	noun := " rows"
	if n == 1 && exact {
		noun = " row"
	}
	if !exact {
		return "more than " + thousands(n) + noun
	}
	return thousands(n) + noun
}

// thousands writes n with comma separators: 10000 -> "10,000".
func thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := n < 0
	if neg {
		s = s[1:]
	}
	out := make([]byte, 0, len(s)+len(s)/3)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}

// tookText is a duration in milliseconds to two decimals: "0.42 ms", "1250.00 ms".
func tookText(d time.Duration) string {
	return strconv.FormatFloat(float64(d.Microseconds())/1000, 'f', 2, 64) + " ms"
}
