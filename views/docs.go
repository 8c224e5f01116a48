package views

import (
	"cmp"
	"context"
	"maps"
	"slices"

	"hotline/db"
)

// TableDoc is config.yaml's description of a table or view and its columns; it adds to,
// or overrides, what the database file says about itself.
type TableDoc struct {
	Description string            `mapstructure:"description"`
	Columns     map[string]string `mapstructure:"columns"`
	Rank        int               `mapstructure:"rank"` // 1, 2, ...: a main table, listed first in that order
}

// docs is everything known about the dataset's meaning: the file's own documentation
// with the configuration laid over it.
type docs struct {
	info    siteInfo
	tables  map[string]TableDoc
	queries map[string]CannedQuery
}

// docs merges, field by field, the configuration over the meta table (what an import
// recorded from its settings) over the file's _metadata and _queries. A file that cannot
// be read for them is logged and served with the configuration alone.
func (s *Server) docs(ctx context.Context) docs {
	fileDocs, err := s.reader.Docs(ctx)
	if err != nil {
		if ctx.Err() == nil {
			s.log.Warn("reading the database's documentation", "err", err)
		}
		fileDocs = &db.Docs{}
	}
	meta, err := s.reader.Meta(ctx)
	if err != nil && ctx.Err() == nil {
		s.log.Warn("reading the meta table", "err", err)
	}
	c, fd := s.cfg, fileDocs.Dataset
	d := docs{
		info: siteInfo{
			Title:       cmp.Or(c.Title, meta["title"], fd["title"], s.reader.Name()),
			Description: cmp.Or(c.Description, meta["description"], fd["description"]),
			License:     cmp.Or(c.License, meta["license"], fd["license"]),
			LicenseURL:  cmp.Or(c.LicenseURL, meta["license_url"], fd["license_url"]),
			Source:      cmp.Or(c.Source, meta["source"], fd["source"]),
			SourceURL:   cmp.Or(c.SourceURL, meta["source_url"], fd["source_url"]),
		},
		tables:  map[string]TableDoc{},
		queries: map[string]CannedQuery{},
	}
	for name, td := range fileDocs.Tables {
		d.tables[name] = TableDoc{Description: td.Description, Columns: maps.Clone(td.Columns), Rank: td.Rank}
	}
	for name, td := range c.Tables {
		merged := d.tables[name]
		merged.Description = cmp.Or(td.Description, merged.Description)
		merged.Rank = cmp.Or(td.Rank, merged.Rank)
		if merged.Columns == nil {
			merged.Columns = map[string]string{}
		}
		for col, desc := range td.Columns {
			merged.Columns[col] = desc
		}
		d.tables[name] = merged
	}
	for _, q := range fileDocs.Queries {
		d.queries[q.Name] = CannedQuery{SQL: q.SQL, Title: q.Title, Description: q.Description}
	}
	maps.Copy(d.queries, c.Queries)
	return d
}

// queryNames are the canned queries' names in order, for stable listings.
func (d docs) queryNames() []string {
	return slices.Sorted(maps.Keys(d.queries))
}
