package clean

import "strings"

// stripLines applies the rules that judge a paragraph on its own: reading-time labels,
// bylines, photo credits and captions, links to other stories, widgets and promotions.
func (c *Cleaner) stripLines(d *document) {
	inList := false // inside a "Related Topics" list of links
	for i := range d.paras {
		p := &d.paras[i]
		if p.removed {
			continue
		}
		if inList && isListItem(p.text) {
			d.remove(i, RuleRelated)
			continue
		}
		// Counted once for the line rules and the credits: up to the larger of their bounds.
		words := wordsUpTo(p.text, paraMaxWords+1)
		inList = words <= 8 && c.p.relatedHead.MatchString(p.text)
		if rest, cut, ok := c.cutReadTime(p.text); ok {
			d.note(RuleReadTime, cut)
			p.text = rest
			if p.text == "" {
				p.removed = true
				continue
			}
			words = wordsUpTo(p.text, paraMaxWords+1)
		}
		if name, pub, ok := c.byline(p.text); ok {
			if isAgency(name) || wordCount(name) == 1 { // "By Reuters", "By Example": the publisher, not an author
				name, pub = "", name
			}
			if d.res.Byline == "" {
				d.res.Byline = name
			}
			if d.res.Publisher == "" {
				d.res.Publisher = pub
			}
			d.remove(i, RuleByline)
			c.bylineRole(d, i)
			continue
		}
		if c.signOff(d, i) {
			d.remove(i, RuleByline) // "— Clara Whitfield in Rome" under a live entry
			continue
		}
		if rule, ok := c.lineRuleOf(p.text, words); ok {
			if rule == RuleCredit {
				c.takeStaffNames(d, p.text)
			}
			d.remove(i, rule)
			p.ends = rule == RuleCredit || rule == RuleEnd
			continue
		}
		if c.cutStaffCredit(d, i) {
			words = wordsUpTo(p.text, paraMaxWords+1)
		}
		c.credits(d, i, words)
	}
}

// cutStaffCredit cuts a staff credit in parentheses off the end of paragraph i ("... in
// 1928. (Reporting by Ann Lee; Editing by Bo Chan)"); the paragraph then closes the story.
// It reports whether it cut one.
func (c *Cleaner) cutStaffCredit(d *document, i int) bool {
	p := &d.paras[i]
	if !strings.HasSuffix(p.text, ")") {
		return false
	}
	if loc := c.p.staffCut.FindStringIndex(p.text); loc != nil && loc[0] > 0 {
		c.takeStaffNames(d, p.text[loc[0]:])
		d.note(RuleCredit, strings.TrimSpace(p.text[loc[0]:]))
		p.text, p.ends = p.text[:loc[0]], true
		return true
	}
	return false
}

// takeStaffNames makes the reporters of a staff credit the byline when the page printed
// none: wire copy names its authors only there.
func (c *Cleaner) takeStaffNames(d *document, credit string) {
	if d.res.Byline == "" {
		d.res.Byline = c.staffNames(credit)
	}
}

// lineRule names the rule under which a whole paragraph is furniture by its shape alone:
// the first test of the table that the paragraph is short enough for and matches.
func (c *Cleaner) lineRule(s string) (string, bool) {
	return c.lineRuleOf(s, wordsUpTo(s, maxLineWords+1))
}

// lineRuleOf is lineRule of s, whose word count n is known.
func (c *Cleaner) lineRuleOf(s string, n int) (string, bool) {
	for _, t := range c.lines {
		if n <= t.maxWords && t.match(c, s) {
			return t.rule, true
		}
	}
	return "", false
}

// contactMaxWords bounds a line of press contacts: a few names, offices and numbers.
const contactMaxWords = 40

// isShareBar reports a line made only of the words of share buttons.
func (c *Cleaner) isShareBar(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if !c.p.shareWords[strings.Trim(w, ":,")] {
			return false
		}
	}
	return true
}

// isStaffTail reports a paragraph that ends with a staff credit ("... contributed to this
// report.") or a rights notice. The words are looked for first: the pattern is costly.
func (c *Cleaner) isStaffTail(s string) bool {
	end := tail(s, staffReach)
	return c.p.staffWords.in(end) && c.p.staffTail.MatchString(strings.ToLower(end))
}

// staffMaxWords bounds a staff credit: wire stories list a dozen reporters and editors.
const staffMaxWords = 70

// hereReach is how many bytes from the end a "click here" promotion can start.
const hereReach = 80

// staffReach is how many bytes from the end a staff credit ("... contributed to this
// report.") can start.
const staffReach = 60

// IsFurniture reports whether a single line is page furniture that never belongs to a
// story: a byline, a reading-time label (also when glued to the first sentence), a photo
// credit, a link to another story, a widget label or a promotion. The source reader uses
// it to tell a title line from the body: a line followed by furniture is a headline.
func (c *Cleaner) IsFurniture(line string) bool {
	if _, _, ok := c.cutReadTime(line); ok {
		return true
	}
	if _, _, ok := c.byline(line); ok {
		return true
	}
	if _, ok := c.lineRule(line); ok {
		return true
	}
	return c.isCreditOnly(line)
}

// bylineRoleMaxWords bounds the line under a byline that gives the author's job or desk
// ("Diplomatic correspondent", "Example News, Geneva").
const bylineRoleMaxWords = 6

// bylineRole removes the line right under a byline, in the same block, when it is short
// and not a sentence: sites print the author's job or desk there.
func (c *Cleaner) bylineRole(d *document, i int) {
	j := i + 1
	if j >= len(d.paras) || d.paras[j].block != d.paras[i].block {
		return
	}
	s := d.paras[j].text
	if wordsAtMost(s, bylineRoleMaxWords) && !endsSentence(s) && !strings.ContainsAny(s, "\"“”") {
		d.remove(j, RuleByline)
	}
}

// listItemMaxWords bounds an entry of a list of links: a topic or another story's
// headline ("Envoys meet in Lisbon as debt talks stall").
const listItemMaxWords = 14

// isListItem reports a line no longer than a headline with no sentence punctuation: an
// entry of a list of links or topics.
func isListItem(s string) bool {
	return wordsAtMost(s, listItemMaxWords) && !endsSentence(s) && !strings.ContainsAny(s, "\"“”")
}

// isAside reports a paragraph wholly in parentheses or brackets, such as "(Adds
// details)" or a transcript's "(SOUNDBITE OF ARCHIVED RECORDING)".
func isAside(s string) bool {
	return (strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && strings.Count(s, "(") == 1) ||
		(strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") && strings.Count(s, "[") == 1)
}
