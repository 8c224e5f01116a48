package importer_test

import (
	"slices"
	"testing"
)

// TestImportWebPage imports a made-up news page saved from a browser and checks that only
// its story yields rows: the caption's meeting, the related stories' dinner and video
// call, the readers' comments ("I met Tamm in Tartu") and the footer's "most read" call are
// the page's, not the story's (GUIDELINES: captions and page furniture yield nothing), and
// the page's metadata dates the story's "on Tuesday".
func TestImportWebPage(t *testing.T) {
	const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Lahti and Tamm meet in Tallinn | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2026-03-04T09:30:00+02:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>Lahti and Tamm meet in Tallinn</h1>
<p class="byline">By Ann Lee</p>
<figure><img src="/p.jpg" alt=""><figcaption>Finnish President Aino Lahti meets Latvian President Ilze Ozola in Riga. (Photo: Example)</figcaption></figure>
<p>TALLINN - Finnish President Aino Lahti met Estonian Prime Minister Karl Tamm in Tallinn on Tuesday, the first visit by a Finnish head of state in four years.</p>
<p>"We spoke about the border and about energy," Lahti told reporters after the talks at the government's Stenbock House.</p>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Spanish Prime Minister Luis Ruiz hosts Nigerian President Ade Okafor for dinner in Madrid</a></li></ul></aside>
<div class="newsletter">Sign up for our morning briefing.</div>
</article>
<section id="comments"><h2>Comments (1)</h2>
<div class="comment"><b>Maria Kask</b> I met Karl Tamm in Tartu last year, a fine man. Reply</div></section>
</main>
<footer>Most read: Japanese Prime Minister Kenji Sato speaks with Turkish President Ali Varga by phone</footer></body></html>`
	facts := extractFacts(t, map[string]string{"page.html": page})
	want := []string{
		"actor Aino Lahti", "actor Karl Tamm",
		"contact meeting held 2026-03-03 Aino Lahti, Karl Tamm",
		"quote Aino Lahti: We spoke about the border and about energy,",
	}
	if got := facts["page.html"]; !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}
