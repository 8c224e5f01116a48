package source

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
)

// DefaultMaxArticleBytes is the article size limit when none is set: far above any real
// news article (a long feature is 100 KB), far below what would exhaust memory.
const DefaultMaxArticleBytes = 10 << 20

// tooBig is the reason given for an article above the size limit.
func (r *reader) tooBig() string {
	return fmt.Sprintf("larger than the article size limit (%s; setting max_article_mb)", megabytes(r.opt.MaxArticleBytes))
}

func megabytes(n int64) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// notRegular words why a path that is not a regular file is not read: opening a named
// pipe would wait forever for a writer, a device (/dev/zero, /dev/random) never ends.
func notRegular(mode fs.FileMode) error {
	kind := "a special file"
	switch {
	case mode&fs.ModeNamedPipe != 0:
		kind = "a named pipe"
	case mode&fs.ModeDevice != 0, mode&fs.ModeCharDevice != 0:
		kind = "a device"
	case mode&fs.ModeSocket != 0:
		kind = "a socket"
	case mode.IsDir():
		kind = "a link to a folder (not followed)"
	}
	return fmt.Errorf("not a regular file (%s): not read", kind)
}

// errRecordTooBig ends a stream whose current record outgrew the size limit.
var errRecordTooBig = errors.New("record larger than the article size limit")

// budget limits how much of a stream one record may take: reading fails once more than
// max bytes were read since the last reset. JSON and CSV decoders hold a whole record in
// memory, so without it one endless field would take all of it.
type budget struct {
	r         io.Reader
	max, left int64
}

// newBudget allows max bytes per record, plus the read-ahead of the decoders' buffers.
func newBudget(r io.Reader, max int64) *budget {
	b := &budget{r: r, max: max + 128<<10}
	b.reset()
	return b
}

func (b *budget) reset() { b.left = b.max }

func (b *budget) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, errRecordTooBig
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.Read(p)
	b.left -= int64(n)
	return n, err
}

// readLine reads one line of br, of any length, but keeps at most max bytes of it: a
// longer line comes back nil with long set, and the reader is past it. A line that fits
// in br's buffer comes back as that buffer, not copied (the copies were 13% of what
// reading 20,000 articles allocated): it is valid until the next read of br.
func readLine(br *bufio.Reader, max int64) (line []byte, long bool, err error) {
	for first := true; ; first = false {
		chunk, err := br.ReadSlice('\n')
		if first && !errors.Is(err, bufio.ErrBufferFull) && int64(len(chunk)) <= max {
			return chunk, false, err
		}
		if !long {
			if int64(len(line)+len(chunk)) > max {
				long, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return line, long, err
		}
	}
}

// lineCounter tells the line of an offset in the stream it passes on, for decoders that
// only know offsets (encoding/json). It keeps only the newlines not yet asked about.
type lineCounter struct {
	r      io.Reader
	off    int64
	nl     []int64 // offsets of newlines read but not yet passed by lineAt
	passed int
}

func (c *lineCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\n' {
			c.nl = append(c.nl, c.off+int64(i))
		}
	}
	c.off += int64(n)
	return n, err
}

// lineAt returns the 1-based line of offset off; offsets must not go back between calls.
func (c *lineCounter) lineAt(off int64) int {
	for len(c.nl) > 0 && c.nl[0] < off {
		c.nl = c.nl[1:]
		c.passed++
	}
	return c.passed + 1
}
