//go:build unix

package db

import (
	"os"
	"syscall"
)

// lockDir takes an exclusive advisory lock on a folder, waiting for it, so that two
// imports into files of the same folder run one after the other and neither removes the
// other's temporary file. Readers never take it. The lock dies with the process.
func lockDir(dir string) (func(), error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, err
	}
	return func() { f.Close() }, nil
}

// syncDir makes a rename inside dir durable.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}
