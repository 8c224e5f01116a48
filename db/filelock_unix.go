//go:build unix

package db

import (
	"context"
	"errors"
	"os"
	"syscall"
	"time"
)

// lockTarget makes the import into target wait for any other import into the same file,
// and only for those: imports into two files of one folder run side by side. It returns
// the temporary file the import builds the next version in, and the unlock, which the
// caller runs after renaming that file over target (or removing it).
//
// The lock is an advisory flock on that temporary file, whose name is fixed for the
// target (tempName), so every import into target meets the same file; it dies with the
// process. Nothing else is made beside the database: the file is the one the import would
// write anyway, and the rename takes it away. Locking target itself would not do: a new
// database has no file yet, and creating an empty one would show readers (and leave,
// after a crash) a database that was never imported.
//
// The waiter opens the name, then waits for the lock; meanwhile the holder may rename
// the file over target or remove it, and the next import may create a new one under the
// name. So once the lock is held, the name must still be the locked file (same device
// and inode); when it is not, the lock is of a file no longer in play and the whole
// thing is tried again.
//
// The wait ends when ctx does (a SIGTERM to an import queued behind another): the lock is
// tried without blocking, again and again, since a blocked flock cannot be interrupted.
// waiting, when not nil, is called once when another import holds the lock, so the user
// learns why nothing happens.
func lockTarget(ctx context.Context, target string, waiting func()) (string, func(), error) {
	tmp := tempName(target)
	said := false
	say := func() {
		if waiting != nil && !said {
			said = true
			waiting()
		}
	}
	for {
		f, err := os.OpenFile(tmp, os.O_RDWR|os.O_CREATE|syscall.O_NOFOLLOW, 0o600)
		if err != nil {
			return "", nil, err
		}
		if err := flockWait(ctx, f, say); err != nil {
			f.Close()
			return "", nil, err
		}
		held, err := f.Stat()
		if err != nil {
			f.Close()
			return "", nil, err
		}
		if !held.Mode().IsRegular() {
			f.Close()
			return "", nil, errors.New(tmp + " is not a regular file")
		}
		named, err := os.Lstat(tmp)
		if err == nil && os.SameFile(held, named) {
			return tmp, func() { f.Close() }, nil
		}
		f.Close() // renamed over target or removed by the import that held it: start again
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return "", nil, err
		}
	}
}

// flockWait takes an exclusive flock on f, polling until it has it or ctx ends; it calls
// waiting each time a try finds the lock taken.
func flockWait(ctx context.Context, f *os.File, waiting func()) error {
	wait := time.Millisecond
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			return err
		}
		waiting()
		select {
		case <-ctx.Done():
			return context.Cause(ctx)
		case <-time.After(wait):
		}
		wait = min(2*wait, 100*time.Millisecond)
	}
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
