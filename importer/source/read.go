package source

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"path/filepath"
	"strings"

	"hotline/importer/clean"
)

// Input is one thing to read: an OS path (a file or a folder, walked recursively), "-" with
// Stdin for standard input, or a path inside FS (for the embedded seeds).
type Input struct {
	Path  string
	FS    fs.FS     // nil: the operating system's files
	Stdin io.Reader // read when Path is "-"
	// Root, when set, is the folder an OS path's sources are named relative to: a file
	// /home/me/news/a/x.txt imported with Root /home/me/news is the source "a/x.txt",
	// so the importing machine's folders do not travel in the database.
	Root string
}

// Name is the input as a source name: Path relative to Root when Root is set and holds
// it, else Path as given, with forward slashes.
func (in Input) Name() string {
	if in.Root == "" || in.FS != nil || in.Path == "-" {
		return filepath.ToSlash(in.Path)
	}
	abs, err := filepath.Abs(in.Path)
	if err != nil {
		return filepath.ToSlash(in.Path)
	}
	rel, err := filepath.Rel(in.Root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(in.Path)
	}
	return filepath.ToSlash(rel)
}

// Options tune a read; the zero value means the defaults.
type Options struct {
	// MaxArticleBytes skips any article (a text file, a record) bigger than this;
	// 0 means DefaultMaxArticleBytes.
	MaxArticleBytes int64
	// Encoding is the policy for bytes that are not UTF-8 (encoding.go); the zero value
	// is "auto".
	Encoding Encoding
	// Cleaner tells furniture and datelines from titles; nil builds one (its patterns
	// take tens of milliseconds to compile, so callers that have one pass it).
	Cleaner *clean.Cleaner
}

// Read reads every article of the inputs in a stable order and calls fn for each one. A
// broken article or an unsupported file is recorded as a Skip and the rest go on; an error
// from fn or ctx stops the read and is returned.
func Read(ctx context.Context, inputs []Input, fn func(Article) error) ([]Skip, error) {
	return ReadWith(ctx, inputs, Options{}, fn)
}

// ReadWith is Read with options.
func ReadWith(ctx context.Context, inputs []Input, opt Options, fn func(Article) error) ([]Skip, error) {
	if opt.MaxArticleBytes <= 0 {
		opt.MaxArticleBytes = DefaultMaxArticleBytes
	}
	if opt.Cleaner == nil {
		opt.Cleaner = clean.New()
	}
	r := &reader{ctx: ctx, fn: fn, cleaner: opt.Cleaner, opt: opt, markup: newMarkup()}
	for _, in := range inputs {
		if err := r.input(in); err != nil {
			return r.skips, err
		}
	}
	return r.skips, nil
}

// reader is the state of one Read call: where articles go and what was skipped.
type reader struct {
	opt     Options
	ctx     context.Context
	fn      func(Article) error
	cleaner *clean.Cleaner // tells furniture and datelines from titles
	markup  markup         // tells a body printed as HTML
	skips   []Skip
	records int  // articles emitted and records skipped so far, to tell an empty file
	inZip   bool // reading a zip archive's members (zip.go): no archive inside is opened
}

// stopError carries an error that ends the whole read (from fn or the context), as
// opposed to a problem with one file, which only skips that file.
type stopError struct{ err error }

// Error and Unwrap make a stopError the error it carries, for errors.Is.
func (e stopError) Error() string { return e.err.Error() }
func (e stopError) Unwrap() error { return e.err }

// emit hands an article to fn, checking for cancellation first.
func (r *reader) emit(a Article) error {
	if err := r.ctx.Err(); err != nil {
		return stopError{err}
	}
	r.records++
	if err := r.fn(a); err != nil {
		return stopError{err}
	}
	return nil
}

// skip records an input that was not imported.
func (r *reader) skip(source, reason string) {
	r.records++
	r.skips = append(r.skips, Skip{Source: source, Reason: reason})
}

// settle turns the error of reading one file into the outcome of the read: a stop error
// ends the read, anything else skips the file with its message as the reason.
func (r *reader) settle(source string, err error) error {
	if err == nil {
		return nil
	}
	if stop, ok := errors.AsType[stopError](err); ok {
		return stop.err
	}
	r.skip(source, err.Error())
	return nil
}
