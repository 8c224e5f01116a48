// Package page holds the explorer's templ components. They are pure: a view-model struct in,
// HTML out. They know nothing of SQL or HTTP, so every URL they show is built by package
// views and passed in, and templ escapes every value they print.
//
// Elements that tests (and the browser test) select carry a data-testid:
//
//	layout:   page-title, breadcrumbs, footer, error-status, error-message (error page)
//	lists:    db-link, download-link, table-list, view-list, query-list, hidden-tables,
//	          table-link-<name> (tables, views and canned queries), table-count-<name>
//	sql:      sql-form, sql-editor (ad hoc SQL only), sql-submit, query-param-<name>
//	table:    table-description, row-count, search-form, search-input, search-submit,
//	          filter-form, filter-column, filter-op, filter-value, filter-submit,
//	          active-filters, filter-remove-<column> (<link>.<column> for _through), facets, facet-<column>,
//	          facet-timeout-<column>, facet-value, next-page, view-sql
//	grid:     results-table, sort-<column> (table pages only), cell, row-link, fk-link
//	exports:  export-json, export-csv (with _dl=1), export-csv-stream (all rows);
//	          copy-link buttons are added beside them by app.js
//	row:      row-fields, field-<column>, related, related-item,
//	          related-link-<table>-<column> (a direct key, or the link table's own rows),
//	          through-link-<table>-<link> (the far side of a link table),
//	          preview-<related-link or through-link id>, preview-link, preview-more,
//	          article-text, evidence-mark, evidence-list, evidence-item
//	query:    query-sql, query-description, query-error, query-waiting, truncated-notice, took
package page
