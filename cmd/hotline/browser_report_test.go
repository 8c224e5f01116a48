package main_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// reportLandsOnSentence opens the contact reported in the longest article and follows its
// report's article link: the article opens scrolled to the report's words, marked as the
// link's target, not at its top.
func reportLandsOnSentence(t *testing.T, s *session) {
	ids := strings1(t, s.oracle, `select m.contact_id from contact_mentions m join articles a on a.id = m.article_id
		where m.start is not null order by length(a.text) desc, m.id limit 1`)
	if len(ids) == 0 {
		t.Fatal("the sample database has no contact report with offsets, which this step needs")
	}
	follow(t, s.ctx, "open the contact", chromedp.Navigate(strings.TrimSuffix(s.tableURL, "/actors")+"/contacts/"+ids[0]))
	follow(t, s.ctx, "follow its report's article link", chromedp.Click(testid("report-article")))
	s.screenshot(t, "7-report-in-article", false)
	if !eval[bool](t, s.ctx, `location.hash.startsWith("#ev-contact_mentions-")`) {
		t.Fatalf("the article opened at %s, not at a report's words", eval[string](t, s.ctx, `location.href`))
	}
	shown := eval[bool](t, s.ctx, `(() => {
		const m = document.querySelector(':target')?.closest('[data-testid="evidence-mark"]');
		if (!m) return false;
		const r = m.getBoundingClientRect();
		return r.top >= 0 && r.bottom <= window.innerHeight;
	})()`)
	if !shown {
		t.Error("the report's words are not on screen after following the link")
	}
}
