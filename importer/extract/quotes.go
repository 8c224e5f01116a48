package extract

func (x *Extractor) findQuotes(r *resolver) []Quote { return nil }
