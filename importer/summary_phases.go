package importer

import (
	"fmt"
	"strings"
)

// Stats reports where the run's time went (what `hotline import --stats` prints): CPU
// seconds by phase, the rest of the process's CPU (the Go runtime: garbage collection,
// scheduling), the cores used, and the share of CPU spent around extraction.
func (s Summary) Stats() string {
	p := s.Phases
	var b strings.Builder
	fmt.Fprintf(&b, "CPU seconds: read %.2f, clean %.2f, extract %.2f, write %.2f, resolve %.2f, index %.2f, fulltext %.2f",
		p.Read, p.Clean, p.Extract, p.Write, p.Resolve, p.Index, p.FullText)
	if p.Total > 0 {
		phases := p.Read + p.Clean + p.Extract + p.Write + p.Resolve + p.Index + p.FullText
		fmt.Fprintf(&b, ", runtime %.2f; total %.2f", max(p.Total-phases, 0), p.Total)
		fmt.Fprintf(&b, "\nwall %.2f s, %.2f cores; around extraction (all but extract): %.0f%% of CPU",
			p.Wall, p.Total/max(p.Wall, 1e-9), 100*(p.Total-p.Extract)/p.Total)
		fmt.Fprintf(&b, "\nserial (read, write, resolve, index: one thread each): %.0f%% of CPU", 100*p.Serial()/p.Total)
	}
	return b.String()
}
