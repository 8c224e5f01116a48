package source

import (
	"context"
	"errors"
	"io"
	"io/fs"
)

// Input is one thing to read: an OS path (a file or a folder, walked recursively), "-" with
// Stdin for standard input, or a path inside FS (for the embedded seeds).
type Input struct {
	Path  string
	FS    fs.FS     // nil: the operating system's files
	Stdin io.Reader // read when Path is "-"
}

// Read reads every article of the inputs in a stable order and calls fn for each one. A
// broken article or an unsupported file is recorded as a Skip and the rest go on; an error
// from fn or ctx stops the read and is returned.
func Read(ctx context.Context, inputs []Input, fn func(Article) error) ([]Skip, error) {
	return nil, errors.New("source.Read: not implemented yet")
}
