package views

import (
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"
)

// withDefaults fills the zero values of c with Datasette's defaults, so a Config built
// by hand in a test behaves like one built by the command line.
func (c Config) withDefaults() Config {
	if c.DefaultSize <= 0 {
		c.DefaultSize = 100
	}
	if c.MaxSize <= 0 {
		c.MaxSize = 1000
	}
	if c.MaxReturned <= 0 {
		c.MaxReturned = 1000
	}
	if c.DefaultSize > c.MaxSize {
		c.DefaultSize = c.MaxSize
	}
	if c.TruncateCells <= 0 {
		c.TruncateCells = 10000
	}
	if c.SQLWorkers <= 0 {
		c.SQLWorkers = 3
	}
	if c.SQLQueue <= 0 {
		c.SQLQueue = 64
	}
	if c.SQLQueueWait <= 0 {
		c.SQLQueueWait = 5 * time.Second
	}
	if c.SQLPerClient <= 0 {
		c.SQLPerClient = 8
	}
	if len(c.AllowedHosts) == 0 {
		c.AllowedHosts = LoopbackHosts()
	}
	c.BaseURL = strings.TrimSuffix(c.BaseURL, "/")
	if u, err := url.Parse(c.BaseURL); err == nil && u.Host != "" {
		c.AllowedHosts = append(slices.Clip(c.AllowedHosts), u.Hostname())
	}
	return c
}

// LoopbackHosts are the names of this machine that no other site can point at: the
// default of AllowedHosts.
func LoopbackHosts() []string { return []string{"localhost", "127.0.0.1", "::1"} }

// validate reports configuration the explorer cannot serve, naming every bad entry.
func (c Config) validate() error {
	var bad []string
	if c.BaseURL != "" {
		u, err := url.Parse(c.BaseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Path != "" || u.RawQuery != "" {
			bad = append(bad, fmt.Sprintf("base_url %q must be http(s)://HOST[:PORT], without a path", c.BaseURL))
		}
	}
	for name, q := range c.Queries {
		switch {
		case strings.TrimSpace(q.SQL) == "":
			bad = append(bad, fmt.Sprintf("query %q has no sql", name))
		case name == "" || name == "-" || strings.ContainsAny(name, "/."):
			bad = append(bad, fmt.Sprintf("query name %q cannot be a URL segment (no '/', '.' or a lone '-')", name))
		}
	}
	if len(bad) == 0 {
		return nil
	}
	sort.Strings(bad)
	return fmt.Errorf("views: bad config: %s", strings.Join(bad, "; "))
}
