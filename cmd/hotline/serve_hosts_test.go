package main_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// TestServeHostsAndBaseURL: the real server refuses a foreign Host (DNS rebinding) and
// writes next_url from the address it listens on, not from the request.
func TestServeHostsAndBaseURL(t *testing.T) {
	dir := t.TempDir()
	base, stop := startServe(t, dir)
	defer stop()
	get := func(host string) *http.Response {
		req, err := http.NewRequest(http.MethodGet, base+"hotline/articles.json?_size=1", nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Host = host
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	evil := get("evil.example")
	evil.Body.Close()
	if evil.StatusCode != http.StatusBadRequest {
		t.Errorf("Host evil.example: status %d, want 400", evil.StatusCode)
	}
	resp := get("localhost")
	defer resp.Body.Close()
	var body struct {
		NextURL string `json:"next_url"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("Host localhost: status %d, %v", resp.StatusCode, err)
	}
	if !strings.HasPrefix(body.NextURL, base+"hotline/articles.json?") {
		t.Errorf("next_url %q, want it under %s (the listening address)", body.NextURL, base)
	}
}
