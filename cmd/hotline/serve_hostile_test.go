package main_test

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// poller reads the explorer in a loop until stopped and records every answer that is not
// a 200 with an article count, and every count that went backwards: a reader must see the
// previous or the next complete file, never an error and never an older state.
type poller struct {
	base     string
	stopOnce sync.Once
	stop     chan struct{}
	done     chan struct{}
	requests int
	seen     map[int]int  // article count -> answers that showed it
	latest   atomic.Int64 // the last count seen, read while the poller runs
	failures []string
}

func startPoller(base string) *poller {
	p := &poller{base: base, stop: make(chan struct{}), done: make(chan struct{}), seen: map[int]int{}}
	go p.run()
	return p
}

func (p *poller) run() {
	defer close(p.done)
	last := 0
	for {
		select {
		case <-p.stop:
			return
		default:
		}
		for _, path := range []string{"hotline/articles.json", "", "hotline/contacts?_facet=mode", "hotline/-/query.json?sql=select+count(*)+as+count+from+articles"} {
			p.requests++
			resp, err := http.Get(p.base + path)
			if err != nil {
				p.failures = append(p.failures, fmt.Sprintf("GET /%s: %v", path, err))
				continue
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				p.failures = append(p.failures, fmt.Sprintf("GET /%s: %d %.200s", path, resp.StatusCode, body))
				continue
			}
			if path != "hotline/articles.json" {
				continue
			}
			var page struct {
				Count int `json:"count"`
			}
			if err := json.Unmarshal(body, &page); err != nil {
				p.failures = append(p.failures, fmt.Sprintf("GET /%s: %v", path, err))
				continue
			}
			if page.Count < last {
				p.failures = append(p.failures, fmt.Sprintf("count went back from %d to %d", last, page.Count))
			}
			last = page.Count
			p.seen[page.Count]++
			p.latest.Store(int64(page.Count))
		}
	}
}

// finish stops the poller and returns once it has.
// waitFor waits until the poller has seen count n, or timeout has passed: on a loaded
// machine a fixed pause before stopping it could end before its next request.
func (p *poller) waitFor(n int, timeout time.Duration) {
	for deadline := time.Now().Add(timeout); p.latest.Load() != int64(n) && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
}

func (p *poller) finish() {
	p.stopOnce.Do(func() { close(p.stop) })
	<-p.done
}

// slowDownload reads /hotline.db a little at a time, like a slow client, and checks that
// what arrived is a complete database.
func slowDownload(t *testing.T, base, dir string, wg *sync.WaitGroup, errs chan<- string) {
	defer wg.Done()
	resp, err := http.Get(base + "hotline.db")
	if err != nil {
		errs <- err.Error()
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		errs <- fmt.Sprintf("download: %d", resp.StatusCode)
		return
	}
	path := filepath.Join(dir, "download.db")
	f, err := os.Create(path)
	if err != nil {
		errs <- err.Error()
		return
	}
	buf := make([]byte, 16<<10)
	for {
		n, err := resp.Body.Read(buf)
		f.Write(buf[:n])
		if err != nil {
			break
		}
		time.Sleep(15 * time.Millisecond)
	}
	f.Close()
	d, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		errs <- err.Error()
		return
	}
	defer d.Close()
	var check string
	if err := d.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		errs <- fmt.Sprintf("the downloaded file is not a sound database: %v %s", err, check)
	}
}

// importCmd is `hotline import` of a file into dir's hotline.db, through sh when a shell
// prefix (ulimit) is given.
func importCmd(dir, file, shellPrefix string) *exec.Cmd {
	var cmd *exec.Cmd
	if shellPrefix != "" {
		cmd = exec.Command("sh", "-c", shellPrefix+"; exec \"$0\" import \"$1\" --progress never", binary, file)
	} else {
		cmd = exec.Command(binary, "import", file, "--progress", "never")
	}
	cmd.Dir = dir
	cmd.Env = cleanEnv()
	return cmd
}

// startImport starts an import of file and returns once it is writing its temporary file,
// so that a signal arrives while it is writing. The file's name is the same for every
// import into hotline.db, and a killed import leaves it behind: the import is writing
// once the file under that name is another file, or has another size or time, than
// before the import started.
func startImport(tb testing.TB, dir, file string) *exec.Cmd {
	tb.Helper()
	tmp := filepath.Join(dir, ".hotline.db.import-new")
	before, _ := os.Stat(tmp)
	cmd := importCmd(dir, file, "")
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	for range 1000 {
		if now, err := os.Stat(tmp); err == nil && (before == nil || !os.SameFile(before, now) ||
			now.Size() != before.Size() || !now.ModTime().Equal(before.ModTime())) {
			time.Sleep(100 * time.Millisecond)
			return cmd
		}
		time.Sleep(10 * time.Millisecond)
	}
	cmd.Process.Kill()
	tb.Fatal("the import never wrote its temporary file")
	return nil
}

// TestServeDuringHostileImports serves a database while imports land, are killed with -9,
// stopped with SIGTERM, run out of disk (a file size limit), and a slow client downloads
// the file: every request answers 200, counts never go back, interrupted imports change
// nothing, and the last import removes what the crashed one left. HOTLINE_HOSTILE_ROUNDS
// runs more rounds (cmd/hotline/hostile/import.sh).
func TestServeDuringHostileImports(t *testing.T) {
	rounds := 1
	if n, err := strconv.Atoi(os.Getenv("HOTLINE_HOSTILE_ROUNDS")); err == nil && n > 0 {
		rounds = n
	}
	dir := t.TempDir()
	if r := hotline(t, dir, nil, "", "import", "--progress", "never"); r.code != 0 {
		t.Fatalf("import: %s", r.stderr)
	}
	writeFile(t, dir, "big.jsonl", moreArticles(1500, 100000))
	base, stop := startServe(t, dir)
	defer stop()
	p := startPoller(base)
	defer p.finish()
	var downloads sync.WaitGroup
	downloadErrs := make(chan string, 100)

	want := 5
	for round := range rounds {
		downloads.Add(1)
		go slowDownload(t, base, t.TempDir(), &downloads, downloadErrs)

		// An import that lands.
		name := fmt.Sprintf("more%d.jsonl", round)
		writeFile(t, dir, name, moreArticles(2, 10*round))
		if out, err := importCmd(dir, name, "").CombinedOutput(); err != nil {
			t.Fatalf("round %d: import: %v\n%s", round, err, out)
		}
		want += 2

		// An import killed with -9 half-way.
		cmd := startImport(t, dir, "big.jsonl")
		cmd.Process.Kill()
		if err := cmd.Wait(); err == nil {
			t.Fatalf("round %d: the import finished before it could be killed", round)
		}

		// Imports stopped by SIGTERM and SIGINT: they roll back, remove their temporary
		// file and exit 143 and 130.
		for _, sig := range []struct {
			sig  syscall.Signal
			code int
		}{{syscall.SIGTERM, 143}, {syscall.SIGINT, 130}} {
			cmd = startImport(t, dir, "big.jsonl")
			cmd.Process.Signal(sig.sig)
			if cmd.Wait(); cmd.ProcessState.ExitCode() != sig.code {
				t.Errorf("round %d: %v: exit %d, want %d", round, sig.sig, cmd.ProcessState.ExitCode(), sig.code)
			}
		}
		if left, _ := filepath.Glob(filepath.Join(dir, ".hotline.db.import-*")); len(left) > 0 {
			t.Errorf("round %d: interrupted imports left %v", round, left)
		}

		// An import that runs out of space: the file size limit lets the copy be made but
		// not grow by the 1,500 articles (ulimit -f counts 1 KiB blocks; copy_file_range
		// wants a margin of a few hundred).
		st, err := os.Stat(filepath.Join(dir, "hotline.db"))
		if err != nil {
			t.Fatal(err)
		}
		limit := fmt.Sprintf("ulimit -f %d", st.Size()/1024+1024)
		out, err := importCmd(dir, "big.jsonl", limit).CombinedOutput()
		if code := exitOf(err); code != 1 {
			t.Errorf("round %d: full disk: exit %d, want 1\n%s", round, code, out)
		}
		if n := count(t, filepath.Join(dir, "hotline.db"), "articles"); n != want {
			t.Fatalf("round %d: articles = %d after the interrupted imports, want %d", round, n, want)
		}
	}
	// The last import cleans up what the killed one left.
	writeFile(t, dir, "last.jsonl", moreArticles(1, 99999))
	if out, err := importCmd(dir, "last.jsonl", "").CombinedOutput(); err != nil {
		t.Fatalf("last import: %v\n%s", err, out)
	}
	want++
	if left, _ := filepath.Glob(filepath.Join(dir, ".hotline.db.import-*")); len(left) > 0 {
		t.Errorf("temporary files left after the last import: %v", left)
	}
	p.waitFor(want, 30*time.Second) // let the poller see the last state
	p.finish()
	downloads.Wait()
	close(downloadErrs)
	for e := range downloadErrs {
		t.Error(e)
	}
	for _, f := range p.failures {
		t.Error(f)
	}
	if p.seen[want] == 0 {
		t.Errorf("the explorer never showed the final count %d (saw %v)", want, p.seen)
	}
	t.Logf("%d requests during %d rounds, 0 allowed failures; counts seen: %v", p.requests, rounds, p.seen)
}

// exitOf returns a finished command's exit status.
func exitOf(err error) int {
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	if err != nil {
		return -1
	}
	return 0
}
