//go:build !unix

package db

import (
	"context"
	"os"
	"path/filepath"
)

// lockTarget cannot lock a file on this system, so concurrent imports are not
// serialised; each builds in a temporary file of its own (a fixed name would let two
// imports write one file), and the last rename wins.
func lockTarget(_ context.Context, target string, _ func()) (string, func(), error) {
	f, err := os.CreateTemp(filepath.Dir(target), filepath.Base(tempName(target))+"-*")
	if err != nil {
		return "", nil, err
	}
	if err := f.Close(); err != nil {
		return "", nil, err
	}
	return f.Name(), func() {}, nil
}

// syncDir is not possible on this system; the rename is as durable as the system makes it.
func syncDir(string) error { return nil }
