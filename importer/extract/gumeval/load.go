// Package gumeval turns the documents of the GUM treebank (Zeldes 2017, "The GUM Corpus:
// Creating Multilayer Resources in the Classroom", CC BY 4.0; the CONLL-U files in
// ../shared/ud) into articles as the importer sees them, with GUM's gold entity and
// coreference annotation kept per token, and scores the extractor's names, actor merging,
// pronouns and quote speakers against it (score.go). GUM is real text with gold that is
// independent of the development set; it is no diplomatic news, so it measures the
// person-finding parts of extraction only. The documents are read by importer/internal/gum.
package gumeval

import "hotline/importer/internal/gum"

// Doc is one GUM document rebuilt as an article: the body without a first paragraph that
// only repeats the title, as the importer gives the headline apart. It wraps gum.Doc so
// that Score's lookups on a document (score.go) are its methods.
type Doc struct{ gum.Doc }

// Span and Entity are gum's (a range of token indexes, a gold mention), named here as
// score.go names them.
type (
	Span   = gum.Span
	Entity = gum.Entity
)

// Load reads every document of a CONLL-U file, the title paragraph left out.
func Load(path string) ([]Doc, error) {
	docs, err := gum.Load(path, gum.Options{OmitTitle: true})
	if err != nil {
		return nil, err
	}
	out := make([]Doc, len(docs))
	for i, d := range docs {
		out[i] = Doc{d}
	}
	return out, nil
}
