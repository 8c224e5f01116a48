//go:build !unix

package db

import "context"

// lockDir cannot lock a folder on this system; concurrent imports are not serialised.
func lockDir(context.Context, string) (func(), error) { return func() {}, nil }

// syncDir is not possible on this system; the rename is as durable as the system makes it.
func syncDir(string) error { return nil }
