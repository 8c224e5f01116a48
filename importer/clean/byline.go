package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// byline recognises a byline paragraph ("By Clyde Hughes", "By JANE DOE and JOHN ROE",
// "By Jane Doe, Reuters", "By Jane Doe | CNN") and returns the names and, when a single
// outlet follows the names, the outlet. A sentence that starts with "By" ("By Monday the
// talks had failed") is not a byline: every word must be a name or a connector.
func (c *Cleaner) byline(s string) (names, outlet string, ok bool) {
	if names, ok := agenciesByline(s); ok {
		return names, "", true
	}
	keyword := false
	if wordsAtMost(s, stampedBylineMaxWords) && hasDigit(s) {
		s, keyword = c.trimStamp(s)
	}
	m := c.p.byline.FindStringSubmatch(s)
	if m == nil && keyword && c.isNameLine(s) { // "Ann Lee Published May 1, 2024 | 2:40 PM"
		return s, "", true
	}
	if m == nil || !wordsAtMost(s, 16) {
		return "", "", false
	}
	rest := m[1]
	for _, sep := range []string{" | ", " - ", " — ", " – ", " / "} {
		if before, after, found := strings.Cut(rest, sep); found {
			rest, outlet = before, strings.TrimSpace(after)
			break
		}
	}
	parts := strings.Split(rest, ",")
	if last := strings.TrimSpace(parts[len(parts)-1]); len(parts) > 1 && (wordCount(last) == 1 || isAgency(last)) {
		outlet = last
		parts = parts[:len(parts)-1]
	}
	names = strings.TrimSpace(strings.Join(parts, ","))
	if names == "" || !allNameWords(names) {
		return "", "", false
	}
	if outlet != "" && !allNameWords(outlet) {
		outlet = ""
	}
	return names, outlet, true
}

// agenciesByline reads the bylines some papers print without "By": "Jane Doe in Paris
// and agencies", "Jane Doe with agencies".
func agenciesByline(s string) (string, bool) {
	rest, ok := strings.CutSuffix(s, " and agencies")
	if !ok {
		rest, ok = strings.CutSuffix(s, " with agencies")
	}
	if !ok || !wordsAtMost(rest, 10) || !allNameWords(rest) {
		return "", false
	}
	names, _, _ := strings.Cut(rest, " in ")
	return names, true
}

// allNameWords reports whether every word of s is capitalised (a name, an initial, an
// all-caps name) or a connector between names.
func allNameWords(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ",")
		switch strings.ToLower(w) {
		case "and", "&", "de", "da", "del", "der", "van", "von", "bin", "al", "la", "le", "in":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isAgency reports whether s is one of the known news or photo agencies.
func isAgency(s string) bool {
	for _, a := range agencies() {
		if strings.EqualFold(s, a) {
			return true
		}
	}
	return false
}

// stampedBylineMaxWords bounds a byline line with a timestamp on it.
const stampedBylineMaxWords = 24

// trimStamp cuts a timestamp printed on the line of a byline, after it ("By Ann Lee |
// Example May 29 at 7:10 AM", "Ann Lee Published May 1, 2024") or before it ("18 October
// 2022 - 10:12 By Example"). keyword reports a cut stamp that opens with "Published",
// "Updated" or "Posted", which makes the names before it a byline even without "By".
func (c *Cleaner) trimStamp(s string) (rest string, keyword bool) {
	if before, after, ok := strings.Cut(s, " By "); ok && c.isTimestamp(before) {
		return "By " + after, false
	}
	words := strings.Fields(s)
	for k := 1; k < len(words); k++ {
		first := strings.Trim(words[k], ".,:;|·-")
		if !isDateName(first) && !isNumberWord(first) && !c.p.stamp.MatchString(words[k]+" 0") {
			continue
		}
		if c.isTimestamp(strings.Join(words[k:], " ")) {
			// "Written by Jane Doe on 10 June 2025": the "on" that joins name and date goes with the date.
			rest := strings.TrimSuffix(strings.TrimRight(strings.Join(words[:k], " "), " ,|·-"), " on")
			return rest, c.p.stamp.MatchString(words[k] + " 0")
		}
	}
	return s, false
}

// staffNames reads the reporters of a staff credit ("(Reporting by Ann Lee and Bo Chan in
// Lima; Editing by Cy Dee)" -> "Ann Lee and Bo Chan"), or its writers when it names no
// reporter. Additional reporters and editors are not the authors.
func (c *Cleaner) staffNames(s string) string {
	found := map[string]string{}
	for _, m := range c.p.staffRole.FindAllStringSubmatch(s, -1) {
		if _, seen := found[m[1]]; !seen {
			found[m[1]] = m[2]
		}
	}
	names := found["Reporting"]
	if names == "" {
		names = found["Writing"]
	}
	names = strings.TrimSpace(c.p.staffPlace.ReplaceAllString(names, ""))
	names = strings.TrimRight(names, ".,; ")
	if names == "" || !allNameWords(names) {
		return ""
	}
	return names
}
