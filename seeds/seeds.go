// Package seeds carries the five sample articles inside the binary, so that `hotline serve`
// with no arguments has a dataset to build and show.
package seeds

import "embed"

// FS holds the sample articles (*.txt) at its root.
//
//go:embed *.txt
var FS embed.FS
