package clean

import "strings"

// lineTest is one rule that judges a paragraph on its own: a paragraph of at most
// maxWords words that match is furniture under rule. Furniture is short; the bound keeps
// a paragraph of story that happens to match (a sentence about a newsletter) and spares
// the patterns long paragraphs.
type lineTest struct {
	rule     string
	maxWords int
	match    func(c *Cleaner, s string) bool
}

// lineTests is the table of line rules, in the order they are tried: the first that
// matches names the rule, so staff credits come before the asides they may look like.
func lineTests() []lineTest {
	return []lineTest{
		{RuleCredit, staffMaxWords, func(c *Cleaner, s string) bool { return c.p.staffHead.MatchString(s) || c.isStaffTail(s) }},
		{RuleCredit, 40, func(c *Cleaner, s string) bool {
			return mayReportFrom(s) && c.p.reportedFrom.MatchString(s)
		}},
		{RuleRelated, 40, func(c *Cleaner, s string) bool { return c.p.related.MatchString(s) }},
		{RuleRelated, 8, func(c *Cleaner, s string) bool { return c.p.relatedHead.MatchString(s) }},
		{RuleWidget, 8, func(c *Cleaner, s string) bool {
			return c.p.widget.MatchString(s) || strings.Contains(s, ".") && c.p.widgetSite.MatchString(s)
		}},
		{RuleWidget, 12, func(_ *Cleaner, s string) bool { return isAside(s) }},
		{RuleWidget, stampMaxWords, (*Cleaner).isTimestamp},
		{RuleRelated, 30, func(c *Cleaner, s string) bool { return c.p.tags.MatchString(s) }},
		// Tags run long on some sites; a list of them has commas and no sentence's end.
		{RuleRelated, maxLineWords, func(c *Cleaner, s string) bool {
			return strings.Count(s, ",") >= tagListCommas && !endsSentence(s) && c.p.tagList.MatchString(s)
		}},
		{RuleRelated, 20, func(_ *Cleaner, s string) bool { return strings.HasSuffix(s, "»") }},
		// A link to another story under a bullet, "» 'Two Poems,' by Ann Lee", or to the
		// post before or after, "← Older post title", "Newer post title →".
		{RuleRelated, 20, func(_ *Cleaner, s string) bool {
			return strings.HasPrefix(s, "» ") || strings.HasPrefix(s, "←") || strings.HasSuffix(s, "→")
		}},
		// A link's words for screen readers, "Privacy Policy this link opens in a new tab".
		{RuleWidget, 16, func(_ *Cleaner, s string) bool { return strings.Contains(s, "link opens in a new tab") }},
		{RuleWidget, 16, func(c *Cleaner, s string) bool {
			return !endsSentence(s) && strings.ContainsAny(s, navSeparators) && c.p.nav.MatchString(s)
		}},
		{RuleWidget, 10, (*Cleaner).isShareBar},
		{RuleNotice, 60, (*Cleaner).isNotice},
		{RulePromo, 25, func(c *Cleaner, s string) bool {
			return (strings.Contains(s, "http") || strings.Contains(s, "www.")) && c.p.urlTail.MatchString(s)
		}},
		{RulePromo, 30, func(c *Cleaner, s string) bool {
			return c.p.promo.MatchString(s) || strings.Contains(s, " here") && c.p.hereTail.MatchString(tail(s, hereReach))
		}},
		{RulePromo, 80, func(_ *Cleaner, s string) bool { return lowerHasPrefix(s, "click here") }},
		{RuleContactInfo, contactMaxWords, func(c *Cleaner, s string) bool {
			return !endsSentence(s) && (c.p.pressHead.MatchString(s) || c.p.phone.MatchString(s))
		}},
		{RuleEnd, 1, func(c *Cleaner, s string) bool { return c.p.endMark.MatchString(s) }},
		{RuleWidget, 10, func(c *Cleaner, s string) bool { return !endsSentence(s) && c.p.stamp.MatchString(s) }},
	}
}

// maxLineWords is the largest maxWords of lineTests: a paragraph's word count is needed
// up to it.
const maxLineWords = 80

// tagListCommas is the fewest commas of a line of tags without a colon: "Tagged Trade, Lima,
// Ann Lee".
const tagListCommas = 2

// navSeparators are the separators of a line of navigation: the pattern needs one.
const navSeparators = ">»›|"

// mayReportFrom is a cheap test that spares the reported-from pattern most paragraphs
// with "from ": every match holds one of reportVerbs right before it. The text is searched
// once, for "from " (a search for a string that opens with a space stops at every word).
func mayReportFrom(s string) bool {
	for i := 0; ; i++ {
		j := strings.Index(s[i:], "from ")
		if j < 0 {
			return false
		}
		i += j
		for _, verb := range reportVerbs() {
			if strings.HasSuffix(s[:i], verb) {
				return true
			}
		}
	}
}

// reportVerbs are the words of the reported-from pattern that stand right before its
// "from ", with the space between.
func reportVerbs() []string {
	return []string{"reported ", "wrote ", "filed ", "contributed ", "contributed reporting "}
}
