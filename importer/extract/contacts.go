package extract

func (x *Extractor) findContacts(r *resolver, published string) []Contact { return nil }
