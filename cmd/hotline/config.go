package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"hotline/db"
	"hotline/importer/source"
	"hotline/views"
)

// Config is every setting of the program. It is read once per command by loadConfig and
// passed down as a value; nothing reads viper after that.
type Config struct {
	DB               string                       `mapstructure:"db" yaml:"db"`
	Addr             string                       `mapstructure:"addr" yaml:"addr"`
	Immutable        bool                         `mapstructure:"immutable" yaml:"immutable"`
	Title            string                       `mapstructure:"title" yaml:"title"`
	Description      string                       `mapstructure:"description" yaml:"description"`
	License          string                       `mapstructure:"license" yaml:"license"`
	LicenseURL       string                       `mapstructure:"license_url" yaml:"license_url"`
	Source           string                       `mapstructure:"source" yaml:"source"`
	SourceURL        string                       `mapstructure:"source_url" yaml:"source_url"`
	AllowSQL         bool                         `mapstructure:"allow_sql" yaml:"allow_sql"`
	AllowDownload    bool                         `mapstructure:"allow_download" yaml:"allow_download"`
	DefaultPageSize  int                          `mapstructure:"default_page_size" yaml:"default_page_size"`
	MaxPageSize      int                          `mapstructure:"max_page_size" yaml:"max_page_size"`
	SQLTimeLimitMS   int                          `mapstructure:"sql_time_limit_ms" yaml:"sql_time_limit_ms"`
	FacetTimeLimitMS int                          `mapstructure:"facet_time_limit_ms" yaml:"facet_time_limit_ms"`
	MaxReturnedRows  int                          `mapstructure:"max_returned_rows" yaml:"max_returned_rows"`
	Progress         string                       `mapstructure:"progress" yaml:"progress"`
	AllowedHosts     []string                     `mapstructure:"allowed_hosts" yaml:"allowed_hosts"`
	BaseURL          string                       `mapstructure:"base_url" yaml:"base_url"`
	SQLWorkers       int                          `mapstructure:"sql_workers" yaml:"sql_workers"`
	SQLQueueSize     int                          `mapstructure:"sql_queue_size" yaml:"sql_queue_size"`
	SQLQueueTimeMS   int                          `mapstructure:"sql_queue_timeout_ms" yaml:"sql_queue_timeout_ms"`
	SQLPerClient     int                          `mapstructure:"sql_per_client" yaml:"sql_per_client"`
	SQLMaxValueMB    int                          `mapstructure:"sql_max_value_mb" yaml:"sql_max_value_mb"`
	SQLCacheMB       int                          `mapstructure:"sql_cache_mb" yaml:"sql_cache_mb"`
	MemoryLimitMB    int                          `mapstructure:"memory_limit_mb" yaml:"memory_limit_mb"`
	ImportGCPercent  int                          `mapstructure:"import_gc_percent" yaml:"import_gc_percent"`
	ImportMemLimitMB int                          `mapstructure:"import_memory_limit_mb" yaml:"import_memory_limit_mb"`
	TruncateCells    int                          `mapstructure:"truncate_cells_html" yaml:"truncate_cells_html"`
	Encoding         string                       `mapstructure:"encoding" yaml:"encoding"`
	MaxArticleMB     int                          `mapstructure:"max_article_mb" yaml:"max_article_mb"`
	KeepRawText      bool                         `mapstructure:"keep_raw_text" yaml:"keep_raw_text"`
	Queries          map[string]views.CannedQuery `mapstructure:"queries" yaml:"queries"`
	Tables           map[string]views.TableDoc    `mapstructure:"tables" yaml:"tables"`
}

// defaults returns the value of every key. Each key needs one, even an empty one: viper
// ignores environment variables for keys it does not already know.
func defaults() map[string]any {
	return map[string]any{
		"db":                     "hotline.db",
		"addr":                   "127.0.0.1:8001",
		"immutable":              false,
		"title":                  "",
		"description":            "",
		"license":                "",
		"license_url":            "",
		"source":                 "",
		"source_url":             "",
		"allow_sql":              true,
		"allow_download":         true,
		"default_page_size":      100,
		"max_page_size":          1000,
		"sql_time_limit_ms":      1000,
		"facet_time_limit_ms":    200,
		"max_returned_rows":      1000,
		"progress":               "auto",
		"allowed_hosts":          views.LoopbackHosts(),
		"base_url":               "",
		"encoding":               "auto",
		"max_article_mb":         10,
		"keep_raw_text":          false,
		"sql_workers":            3,
		"sql_queue_size":         64,
		"sql_queue_timeout_ms":   5000,
		"sql_per_client":         16,
		"sql_max_value_mb":       8,
		"sql_cache_mb":           32,
		"memory_limit_mb":        512,
		"import_gc_percent":      400,
		"import_memory_limit_mb": 220,
		"truncate_cells_html":    10000,
		"queries":                map[string]any{},
		"tables":                 map[string]any{},
	}
}

// loadConfig reads the settings for one command run: flags set on the command line, then
// HOTLINE_* environment variables, then the config file (--config, or ./config.yaml when
// present), then defaults. It uses a viper instance of its own, never the global one.
func loadConfig(cmd *cobra.Command) (Config, error) {
	v := viper.New()
	for k, val := range defaults() {
		v.SetDefault(k, val)
	}
	v.SetEnvPrefix("HOTLINE")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	v.AutomaticEnv()

	file, err := configFile(cmd)
	if err != nil {
		return Config{}, err
	}
	if file != "" {
		v.SetConfigFile(file)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			return Config{}, fmt.Errorf("config file %s: %w", file, err)
		}
	}
	var bindErr error
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		key := strings.ReplaceAll(f.Name, "-", "_") // --keep-raw-text sets keep_raw_text
		if _, known := defaults()[key]; known && bindErr == nil {
			bindErr = v.BindPFlag(key, f)
		}
	})
	if bindErr != nil {
		return Config{}, bindErr
	}

	var c Config
	if err := v.UnmarshalExact(&c); err != nil {
		where := "settings"
		if file != "" {
			where = "config file " + file
		}
		return Config{}, fmt.Errorf("%s: %s", where, oneLine(err))
	}
	return c, c.validate()
}

// configFile is the file named by --config (which must exist), else ./config.yaml when it
// exists, else "".
func configFile(cmd *cobra.Command) (string, error) {
	if f := cmd.Flags().Lookup("config"); f != nil && f.Changed {
		if _, err := os.Stat(f.Value.String()); err != nil {
			return "", fmt.Errorf("config file %s: %w", f.Value.String(), errors.Unwrap(err))
		}
		return f.Value.String(), nil
	}
	if _, err := os.Stat("config.yaml"); err == nil {
		return "config.yaml", nil
	}
	return "", nil
}

// validate rejects values that parse but make no sense, naming the key.
func (c Config) validate() error {
	for _, check := range []struct {
		key string
		ok  bool
	}{
		{"db", c.DB != ""},
		{"addr", c.Addr != ""},
		{"default_page_size", c.DefaultPageSize > 0},
		{"max_page_size", c.MaxPageSize >= c.DefaultPageSize},
		{"sql_time_limit_ms", c.SQLTimeLimitMS > 0},
		{"facet_time_limit_ms", c.FacetTimeLimitMS > 0},
		{"max_returned_rows", c.MaxReturnedRows > 0},
		{"progress", c.Progress == "auto" || c.Progress == "always" || c.Progress == "never"},
		{"allowed_hosts", len(c.AllowedHosts) > 0},
		{"sql_workers", c.SQLWorkers > 0},
		{"sql_queue_size", c.SQLQueueSize > 0},
		{"sql_queue_timeout_ms", c.SQLQueueTimeMS > 0},
		{"sql_per_client", c.SQLPerClient > 0},
		{"sql_max_value_mb", c.SQLMaxValueMB > 0},
		{"sql_cache_mb", c.SQLCacheMB >= 0},
		{"memory_limit_mb", c.MemoryLimitMB >= 64},
		{"import_gc_percent", c.ImportGCPercent > 0},
		{"import_memory_limit_mb", c.ImportMemLimitMB >= 64},
		{"truncate_cells_html", c.TruncateCells > 0},
		{"max_article_mb", c.MaxArticleMB > 0},
	} {
		if !check.ok {
			return fmt.Errorf("setting %q has an invalid value", check.key)
		}
	}
	if _, err := source.ParseEncoding(c.Encoding); err != nil {
		return fmt.Errorf("setting \"encoding\": %v", err)
	}
	return nil
}

// readOptions is the part of Config the article reader needs.
func (c Config) readOptions() source.Options {
	enc, _ := source.ParseEncoding(c.Encoding) // checked by validate
	return source.Options{MaxArticleBytes: int64(c.MaxArticleMB) << 20, Encoding: enc}
}

// viewsConfig is the part of Config the web explorer needs.
func (c Config) viewsConfig() views.Config {
	return views.Config{
		Title:          c.Title,
		Description:    c.Description,
		License:        c.License,
		LicenseURL:     c.LicenseURL,
		Source:         c.Source,
		SourceURL:      c.SourceURL,
		AllowSQL:       c.AllowSQL,
		AllowDownload:  c.AllowDownload,
		DefaultSize:    c.DefaultPageSize,
		MaxSize:        c.MaxPageSize,
		SQLTimeLimit:   time.Duration(c.SQLTimeLimitMS) * time.Millisecond,
		FacetTimeLimit: time.Duration(c.FacetTimeLimitMS) * time.Millisecond,
		MaxReturned:    c.MaxReturnedRows,
		Queries:        c.Queries,
		Tables:         c.Tables,
		Version:        version,
		AllowedHosts:   c.AllowedHosts,
		BaseURL:        c.BaseURL,
		SQLWorkers:     c.SQLWorkers,
		SQLQueue:       c.SQLQueueSize,
		SQLQueueWait:   time.Duration(c.SQLQueueTimeMS) * time.Millisecond,
		SQLPerClient:   c.SQLPerClient,
		TruncateCells:  c.TruncateCells,
	}
}

// serveOptions is the part of Config the database reader of `hotline serve` needs.
func (c Config) serveOptions() db.ReadOptions {
	cache := c.SQLCacheMB << 20
	if cache == 0 {
		cache = -1 // sql_cache_mb 0 keeps nothing; the reader's 0 means its default
	}
	return db.ReadOptions{
		Immutable:        c.Immutable,
		SQLTimeLimit:     time.Duration(c.SQLTimeLimitMS) * time.Millisecond,
		MaxReturnedRows:  c.MaxReturnedRows,
		FacetTimeLimit:   time.Duration(c.FacetTimeLimitMS) * time.Millisecond,
		ConnWait:         time.Duration(c.SQLQueueTimeMS) * time.Millisecond,
		MaxSQLWorkers:    c.SQLWorkers,
		MaxValueBytes:    c.SQLMaxValueMB << 20,
		MaxResultBytes:   c.MemoryLimitMB << 20 / 8,
		AnswerCacheBytes: cache,
	}
}

// memoryShares splits memory_limit_mb between SQLite (a hard limit: the statement that
// needs more fails with a 400 naming it) and Go (a soft limit: the collector works harder
// near it), three eighths each. The last quarter is what neither limit counts: the
// binary's own pages (about 30 MB resident once serving), goroutine stacks, and the
// soft limit's overshoot. With halves, the memory bombs of TestServeMemoryCeiling once
// peaked at 258 MB under a 256 MB ceiling.
func (c Config) memoryShares() (sqliteBytes, goBytes int64) {
	share := int64(c.MemoryLimitMB) << 20 * 3 / 8
	return share, share
}

// baseURL is the base_url setting, or else the address the server listens on, with
// "localhost" for a wildcard address (0.0.0.0, ::) that no client can use as a name.
func (c Config) baseURL(listening net.Addr) string {
	if c.BaseURL != "" {
		return c.BaseURL
	}
	host, port, err := net.SplitHostPort(listening.String())
	if err != nil {
		return ""
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port)
}

// metaValues are the settings an import writes into the database's meta table, so that a
// shared file carries its own title, description, licence and source.
func (c Config) metaValues() map[string]string {
	return map[string]string{
		"title": c.Title, "description": c.Description,
		"license": c.License, "license_url": c.LicenseURL,
		"source": c.Source, "source_url": c.SourceURL,
	}
}

// oneLine folds a multi-line decoder error into one line.
func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}
