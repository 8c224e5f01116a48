package clean

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"hotline/seeds"
)

// TestPatternFiltersAgree checks that the filters of every anchored pattern of the
// cleaner (first runes, prefix sets) answer as the bare pattern does on each line of the
// sample articles, each line's first words alone, and each line with its first runes
// changed in case.
func TestPatternFiltersAgree(t *testing.T) {
	p := newPatterns()
	all := []anchored{p.creditOnly, p.creditSlash, p.captionLead, p.nameCredit, p.agencyOnly, p.related, p.relatedHead,
		p.widget, p.widgetSite, p.promo, p.bioRole, p.disclaimer, p.staffHead, p.reportedFrom, p.endMark, p.pressHead,
		p.nav, p.tags, p.tagList, p.commentHead, p.commentStamp, p.commenter, p.stamp, p.clock, p.readTime, p.byline, p.appeal}
	var lines []string
	err := fs.WalkDir(seeds.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(seeds.FS, path)
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l, strings.ToUpper(l), strings.ToLower(l), strings.Join(strings.Fields(l)[:min(3, len(strings.Fields(l)))], " "))
			}
		}
		return err
	})
	if err != nil || len(lines) == 0 {
		t.Fatalf("no sample lines: %v", err)
	}
	lines = append(lines, "(Reporting by Ann Lee)", "Ann LEE", "ANN LEE, BO CHAN", "AFP", "(AP Photo)", "Reuters/Ann Lee",
		"example.com", "Share this article", "Loading...", "Tags: trade", "END", "abc-de/fg", "12:30", "©2024",
		"By Ann Lee", "BY ANN LEE", "Written by Ann Lee", "3 min read", "12 minutes reading · Politics", "Donate now",
		"Advertisement", "Story continues below this advertisement", "12 comments", "Latest news from Example Town", "—",
		"Originally published on Monday", "ireport anything", "Subscribe to our newsletter", "Get the latest alerts in your inbox",
		"Notifications get instant alerts", "With AFP", "— With agencies.", "with inputs from Ann", "Sources: Example",
		"Copyright 2024", "Translated by Ann Lee", "Support our independent reporting", "Help keep us going")
	for _, a := range all {
		bare := regexp.MustCompile(a.re.String())
		for _, l := range lines {
			if got, want := a.MatchString(l), bare.MatchString(l); got != want {
				t.Errorf("%q on %q: filtered %v, pattern %v", a.re, l, got, want)
			}
		}
	}
}

// TestSplitPatterns checks that the patterns too large for Go's backtracker are asked in
// parts it runs, and that a pattern asked in parts answers as the whole does.
func TestSplitPatterns(t *testing.T) {
	p := newPatterns()
	for name, a := range map[string]anchored{"widget": p.widget, "appeal": p.appeal} {
		t.Run(name, func(t *testing.T) {
			if len(a.parts) < 2 {
				t.Fatalf("%d parts, want the pattern split", len(a.parts))
			}
			for _, part := range a.parts {
				if n := insts(part.re.String()); n >= backtrackInsts {
					t.Errorf("a part of %d instructions: %.80s", n, part.re)
				}
			}
		})
	}
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"}
	var alts []string
	for _, a := range words {
		for _, b := range words {
			alts = append(alts, a+` `+b+`\b`)
		}
	}
	a := newAnchoredAlts(`(?i)^(?:x\s+)?(?:`, alts, `)(?:\.|!)?$`)
	if len(a.parts) < 2 {
		t.Fatalf("a pattern of %d alternatives was not split", len(alts))
	}
	whole := regexp.MustCompile(a.re.String())
	for _, s := range []string{"alpha beta", "X  Kappa IOTA.", "x theta theta!", "eta eta eta", "alphabeta", "beta alpha?", "",
		"ZETA DELTA", "x  gamma  epsilon", "θ", "\u212Aappa alpha"} {
		t.Run(s, func(t *testing.T) {
			if got, want := a.MatchString(s), whole.MatchString(s); got != want {
				t.Errorf("in parts %v, whole %v", got, want)
			}
		})
	}
}
