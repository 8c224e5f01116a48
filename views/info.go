package views

import (
	"context"
)

// siteInfo is what the header and footer say about the dataset.
type siteInfo struct {
	Title, Description, License, LicenseURL, Source, SourceURL string
}

// info is the dataset's title, description, licence and source: see docs for where each
// comes from.
func (s *Server) info(ctx context.Context) siteInfo { return s.docs(ctx).info }
