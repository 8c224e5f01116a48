package source

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"io/fs"
)

// A zip archive is how article collections travel: a newsroom's export, a scraper's
// download, a shared dataset. Its members are read as a folder's files are, named after
// the archive ("articles.zip/2026/talks.txt"), every format inside as it would be outside.
// An archive inside the archive is not opened: a zip that holds itself would never end.

// zipArchive reads the members of the zip file fh (size bytes) as the folder source.
func (r *reader) zipArchive(fh fs.File, size int64, source string) error {
	if r.inZip {
		return errors.New("a zip archive inside a zip archive is not opened (unzip the outer one)")
	}
	ra, ok := fh.(io.ReaderAt)
	if !ok {
		return errors.New("cannot read the zip archive from here (it needs a file that can be read at any place)")
	}
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return fmt.Errorf("not a zip archive: %v", err)
	}
	r.inZip = true
	defer func() { r.inZip = false }()
	return r.walk(zr, ".", source)
}
