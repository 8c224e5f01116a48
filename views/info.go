package views

import (
	"cmp"
	"context"
)

// siteInfo is what the header and footer say about the dataset.
type siteInfo struct {
	Title, Description, License, LicenseURL, Source, SourceURL string
}

// info takes each field from the configuration, falling back to the database's meta table
// (keys title, description, license, license_url, source, source_url) and, for the title,
// to the file stem. A meta table that cannot be read only costs the fallbacks.
func (s *Server) info(ctx context.Context) siteInfo {
	meta, err := s.reader.Meta(ctx)
	if err != nil && ctx.Err() == nil {
		s.log.Warn("reading the meta table", "err", err)
	}
	c := s.cfg
	return siteInfo{
		Title:       cmp.Or(c.Title, meta["title"], s.reader.Name()),
		Description: cmp.Or(c.Description, meta["description"]),
		License:     cmp.Or(c.License, meta["license"]),
		LicenseURL:  cmp.Or(c.LicenseURL, meta["license_url"]),
		Source:      cmp.Or(c.Source, meta["source"]),
		SourceURL:   cmp.Or(c.SourceURL, meta["source_url"]),
	}
}
