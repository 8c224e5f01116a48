package main_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"hotline/db/synth"
)

// BenchmarkBrowserNetwork measures the network page in headless Chromium on a made-up
// network of 2,000 actors and about 10,000 pairs (db/synth, 9,000 contacts): the time
// from the data's arrival to the first picture, the time the layout takes to settle, and
// the frame times while the view zooms (requestAnimationFrame intervals; 16.7 ms is 60
// frames a second). Chromium runs with --disable-gpu, so WebGL runs on SwiftShader, on
// the CPU: a reader's GPU does better. Run it with
//
//	go test ./cmd/hotline -run XXX -bench BrowserNetwork -benchtime 1x
func BenchmarkBrowserNetwork(b *testing.B) {
	chrome := findChromium(b)
	dir := b.TempDir()
	path := filepath.Join(dir, "net.db")
	if err := synth.Write(context.Background(), path, synth.Options{Articles: 5000, Actors: 2000, Contacts: 9000, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	base, stop := startServe(b, dir, path)
	b.Cleanup(func() { stop() })
	ctx := newBrowser(b, chrome)
	shots := artefactDir(b)
	b.ResetTimer()
	for range b.N {
		follow(b, ctx, "open the network", chromedp.Navigate(base+"net/-/network?_limit=2000"))
		wctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
		d := waitNetworkFor(b, wctx, false)
		cancel()
		if d.Error != "" || d.Nodes != 2000 || d.Edges < 10000 {
			b.Fatalf("drew %d nodes and %d edges (%s); want 2,000 and at least 10,000", d.Nodes, d.Edges, d.Error)
		}
		// The reference: frame intervals of the same page while nothing moves, which is
		// what this browser on this machine does at best right now.
		idle := eval[frames](b, ctx, framesJS(`() => {}`, 1000), chromedp.EvalAwaitPromise)
		f := eval[frames](b, ctx, framesJS(`cam => {
			cam.animate({ratio: 0.25, x: 0.6, y: 0.4}, {duration: 1500});
			setTimeout(() => cam.animate({ratio: 1, x: 0.5, y: 0.5}, {duration: 1500}), 1600);
		}`, 3300), chromedp.EvalAwaitPromise)
		b.ReportMetric(idle.P50, "idle-frame-p50-ms")
		b.ReportMetric(d.RenderMS, "render-ms")
		b.ReportMetric(d.LayoutMS, "layout-ms")
		b.ReportMetric(f.P50, "frame-p50-ms")
		b.ReportMetric(f.P95, "frame-p95-ms")
		b.ReportMetric(f.Max, "frame-max-ms")
		b.Logf("%d nodes, %d edges: first picture %.0f ms after the data, layout %.0f ms; zooming: %d frames, p50 %.1f ms, p95 %.1f ms, max %.1f ms (idle page: p50 %.1f ms, so zooming is %.1fx idle)",
			d.Nodes, d.Edges, d.RenderMS, d.LayoutMS, f.Frames, f.P50, f.P95, f.Max, idle.P50, f.P50/idle.P50)
	}
	b.StopTimer()
	screenshot(b, ctx, shots, "network-2000", false)
}

// framesJS records requestAnimationFrame intervals for ms while move(camera) runs.
func framesJS(move string, ms int) string {
	return fmt.Sprintf(`new Promise(done => {
		const cam = document.querySelector('[data-testid="network"]').hotline.renderer.getCamera();
		const gaps = []; let last = performance.now(); let on = true;
		const tick = now => { gaps.push(now - last); last = now; if (on) requestAnimationFrame(tick); };
		requestAnimationFrame(tick);
		(%s)(cam);
		setTimeout(() => { on = false; gaps.sort((a, b) => a - b);
			const q = p => gaps[Math.min(gaps.length - 1, Math.floor(p * gaps.length))];
			done({frames: gaps.length, p50: q(0.5), p95: q(0.95), max: gaps[gaps.length - 1]}); }, %d);
	})`, move, ms)
}

// frames summarises requestAnimationFrame intervals.
type frames struct {
	Frames int     `json:"frames"`
	P50    float64 `json:"p50"`
	P95    float64 `json:"p95"`
	Max    float64 `json:"max"`
}
