//go:build unix

package db

import (
	"io/fs"
	"syscall"
)

// inodeOf returns the device and inode numbers of a file, which tell a file renamed into
// place from the one it replaced even when both have the same size and time.
func inodeOf(st fs.FileInfo) (dev, ino uint64) {
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		return uint64(s.Dev), uint64(s.Ino)
	}
	return 0, 0
}
