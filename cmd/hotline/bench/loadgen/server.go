package main

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// server is a `hotline serve` process started for the benchmark.
type server struct {
	cmd  *exec.Cmd
	base string
	log  string // where its stderr goes
	done chan error
}

// startServer runs `hotline serve FILE --immutable` on a free loopback port, in an empty
// working directory and without HOTLINE_* variables so that no stray config file or
// setting changes what is measured, and waits until it prints its address. Its log goes
// to logPath, out of the way of the report.
func startServer(ctx context.Context, binary, dbPath, logPath string) (*server, error) {
	dir, err := os.MkdirTemp("", "hotline-bench-serve")
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(binary, "serve", dbPath, "--immutable", "--addr", "127.0.0.1:0", "--progress", "never")
	cmd.Dir = dir
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "HOTLINE_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	logFile, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd.Stderr = logFile
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", binary, err)
	}
	s := &server{cmd: cmd, log: logPath, done: make(chan error, 1)}
	found := make(chan string, 1)
	go func() {
		addr := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if u := addr.FindString(sc.Text()); u != "" {
				select {
				case found <- u:
				default:
				}
			}
		}
		s.done <- cmd.Wait()
		logFile.Close()
		os.RemoveAll(dir)
	}()
	select {
	case s.base = <-found:
		return s, nil
	case err := <-s.done:
		return nil, fmt.Errorf("hotline serve exited before listening (%v); its log: %s", err, logPath)
	case <-time.After(60 * time.Second):
	case <-ctx.Done():
	}
	cmd.Process.Kill()
	return nil, fmt.Errorf("hotline serve did not print its address in time")
}

// stop asks the server to finish (SIGINT, as Ctrl-C would) and kills it if it lingers.
func (s *server) stop() {
	s.cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-s.done:
	case <-time.After(15 * time.Second):
		s.cmd.Process.Kill()
		<-s.done
	}
}

// peakRSS reads the server's peak resident memory from /proc, where Linux keeps it.
func (s *server) peakRSS() string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

// cpuTime is the server's CPU time so far (user + system), read from /proc/PID/stat,
// where Linux counts it in clock ticks of 10 ms; 0 when it cannot be read.
func (s *server) cpuTime() time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", s.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	// The command name (field 2) may hold spaces; the fields counted here follow it.
	_, rest, ok := strings.Cut(string(b), ") ")
	f := strings.Fields(rest)
	if !ok || len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * 10 * time.Millisecond
}

// checkLoopback refuses a --url that is not on this machine: the benchmark is a load
// generator, and it must never be pointed at someone else's server.
func checkLoopback(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "http" || u.Host == "" {
		return fmt.Errorf("--url %q is not an http:// URL", raw)
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("--url %q is not a loopback address (use 127.0.0.1 or localhost)", raw)
}
