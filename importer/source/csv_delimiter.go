package source

import (
	"bufio"
	"bytes"
)

// csvDelimiter tells which character separates the fields of a CSV export from its header
// line, as Python's csv.Sniffer and pandas' sep=None do: a comma unless the header has
// none and has semicolons (what Excel writes where the comma is the decimal mark) or
// tabs (a tab-separated export saved as .csv), then the more frequent of the two. Only
// the header is read for it: its fields are names ("title", "text", "date") that hold
// none of the three, while article text holds all of them.
func csvDelimiter(br *bufio.Reader) rune {
	head, _ := br.Peek(br.Size()) // what the reader buffers anyway: a header is shorter
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		head = head[:i]
	}
	var commas, semicolons, tabs int
	inQuotes := false
	for _, c := range head {
		switch {
		case c == '"':
			inQuotes = !inQuotes
		case inQuotes:
		case c == ',':
			commas++
		case c == ';':
			semicolons++
		case c == '\t':
			tabs++
		}
	}
	switch {
	case commas > 0 || semicolons == 0 && tabs == 0:
		return ','
	case tabs > semicolons:
		return '\t'
	}
	return ';'
}
