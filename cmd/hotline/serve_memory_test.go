package main_test

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// TestServeMemoryCeiling runs the memory and time bombs of the hostile test against the
// real server with a 256 MB ceiling, two at a time, and checks that each is refused with
// a 400 and that the process's peak resident memory (VmHWM) stayed under the ceiling.
// Before the limits, one of these took 6.4 GB and two 12 GB.
func TestServeMemoryCeiling(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a server and runs memory bombs")
	}
	const ceilingMB = 256
	dir := t.TempDir()
	proc, base, stop := startServeEnv(t, dir, []string{"HOTLINE_MEMORY_LIMIT_MB=" + strconv.Itoa(ceilingMB), "HOTLINE_SQL_PER_CLIENT=16"})
	defer stop()
	cols := func(expr string, n int) string {
		return "select " + strings.TrimSuffix(strings.Repeat(expr+",", n), ",")
	}
	bombs := []string{
		cols(`length(printf('%.*c',99000000,'x'))`, 60),
		cols(`printf('%.*c',8000000,'x')`, 60),
		cols(`length(randomblob(99000000))`, 3),
		`select instr(printf('%.*c',2000000,'a'), printf('%.*c',1000000,'a')||'b')`,
		`with recursive c(i) as (select 1 union all select i+1 from c where i < 1000) select printf('%.*c',1000000,'x') from c`,
		`select length(group_concat(printf('%.*c',1000000,'x'))) from (with recursive c(i) as (select 1 union all select i+1 from c) select i from c)`,
	}
	var wg sync.WaitGroup
	for _, sql := range bombs {
		for range 2 {
			wg.Go(func() {
				resp, err := http.Get(base + "hotline/-/query.json?sql=" + url.QueryEscape(sql))
				if err != nil {
					t.Errorf("%.60s: %v", sql, err)
					return
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusBadRequest {
					t.Errorf("%.60s: status %d: %.200s", sql, resp.StatusCode, body)
				}
			})
		}
	}
	wg.Wait()
	peak := vmHWM(t, proc.Pid)
	t.Logf("peak RSS %d MB under a %d MB ceiling", peak>>10, ceilingMB)
	if peak>>10 >= ceilingMB {
		t.Errorf("peak RSS %d MB, over the %d MB ceiling", peak>>10, ceilingMB)
	}
}

// vmHWM reads a process's peak resident set size in kB.
func vmHWM(tb testing.TB, pid int) int64 {
	tb.Helper()
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		tb.Skipf("no /proc here: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			n, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			if err != nil {
				tb.Fatal(err)
			}
			return n
		}
	}
	tb.Fatal("no VmHWM in /proc status")
	return 0
}
