package gumeval

import "hotline/importer/internal/gum"

// Load reads the GUM documents of the CoNLL-U file at path with their title paragraph
// kept in the text: the dates a heading tells are gold like the body's, and the finder is
// run on every sentence.
func Load(path string) ([]gum.Doc, error) {
	return gum.Load(path, gum.Options{})
}
