package importer

import "hotline/importer/extract"

// defaultExtractor is the extractor a run uses when Options has none.
// TODO(importer): switch to importer/extract's constructor once it is committed.
func defaultExtractor() Extractor { return noExtractor{} }

type noExtractor struct{}

func (noExtractor) Extract(extract.Input) extract.Result { return extract.Result{} }
