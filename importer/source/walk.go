package source

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// input reads one Input. OS paths are read through os.DirFS, so the operating system's
// files and an embedded fs.FS share one walker.
func (r *reader) input(in Input) error {
	switch {
	case in.Path == "-" && in.FS == nil:
		return r.stdin(in.Stdin)
	case in.FS != nil:
		root := path.Clean(strings.TrimPrefix(filepath.ToSlash(in.Path), "/"))
		return r.walk(in.FS, root, "")
	case in.Path == "":
		r.skip(in.Path, "empty path")
		return nil
	}
	if info, err := os.Stat(in.Path); err == nil && info.IsDir() {
		return r.walk(os.DirFS(in.Path), ".", in.Name())
	}
	dir, base := filepath.Split(in.Path)
	if dir == "" {
		dir = "."
	}
	return r.walk(os.DirFS(dir), base, Input{Path: dir, Root: in.Root}.Name())
}

// walk reads root inside fsys: a file, or a folder walked recursively in lexical order.
// prefix is joined in front of the paths inside fsys to name the sources, so that a source
// is the path as the user gave it.
func (r *reader) walk(fsys fs.FS, root, prefix string) error {
	name := func(p string) string { return path.Join(prefix, p) }
	st, err := fs.Stat(fsys, root)
	if err != nil {
		r.skip(name(root), statReason(err))
		return nil
	}
	if before := r.records; st.IsDir() {
		defer func() {
			if r.records == before && r.ctx.Err() == nil {
				r.skip(name(root), "no article files in the folder (.txt, .md, .jsonl, .ndjson, .json, .csv, .tsv, .sgml, .rss, .atom, .xml, .html, .htm, .warc, .zip)")
			}
		}()
	}
	err = fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if ctxErr := r.ctx.Err(); ctxErr != nil {
			return stopError{ctxErr}
		}
		if err != nil {
			r.skip(name(p), statReason(err))
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		return r.settle(name(p), r.file(fsys, p, name(p), p == root))
	})
	if stop, ok := errors.AsType[stopError](err); ok {
		return stop.err
	}
	return err
}

// statReason words a failure to reach a path for a user.
func statReason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
