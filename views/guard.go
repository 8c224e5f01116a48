package views

import (
	"net"
	"net/http"
	"strings"
)

// guard runs before every handler: only GET and HEAD reach the explorer (it changes
// nothing), and only requests addressed to one of the configured host names, so that a
// page of another site cannot reach a loopback server through DNS rebinding.
func (s *Server) guard(r *http.Request) error {
	if !s.hostAllowed(r.Host) {
		return httpError(http.StatusBadRequest, "this server does not answer for the host "+quoteHost(r.Host)+
			": add it to the allowed_hosts setting to serve it under that name")
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		return httpError(http.StatusMethodNotAllowed, "the explorer is read-only: only GET and HEAD requests are answered, not "+r.Method,
			"Allow", "GET, HEAD")
	}
	return nil
}

// hostAllowed matches the Host header, without its port, against AllowedHosts: an exact
// name (case-insensitive), ".example.org" for the domain and all its subdomains, or "*"
// for any. A request without a Host (HTTP/1.0) cannot be a rebinding attack and passes.
func (s *Server) hostAllowed(host string) bool {
	if host == "" {
		return true
	}
	name := strings.ToLower(hostName(host))
	for _, a := range s.cfg.AllowedHosts {
		a = strings.ToLower(strings.Trim(a, "[]"))
		switch {
		case a == "*", a == name:
			return true
		case strings.HasPrefix(a, ".") && (name == a[1:] || strings.HasSuffix(name, a)):
			return true
		}
	}
	return false
}

// hostName strips the port and the brackets of an IPv6 literal: "[::1]:8001" is "::1".
func hostName(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		return h
	}
	return strings.Trim(host, "[]")
}

// quoteHost shows a Host header in a message, cut short: it is whatever the client sent.
func quoteHost(h string) string {
	if len(h) > 100 {
		h = h[:100] + "…"
	}
	return `"` + h + `"`
}
