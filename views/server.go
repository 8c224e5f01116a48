package views

import (
	"errors"
	"log/slog"
	"net/http"

	"hotline/db"
)

// Server holds what every handler needs: the read-only database, the configuration and
// the logger. It is built once by New and never changed afterwards.
type Server struct {
	reader *db.Reader
	cfg    Config
	log    *slog.Logger
	assets *assets
	gate   *sqlGate // visitors' SQL waits here for a worker
}

// New returns the explorer's handler for one database. The caller owns reader (and closes
// it after the server has shut down) and builds the http.Server around the handler.
func New(reader *db.Reader, cfg Config, logger *slog.Logger) (http.Handler, error) {
	s, err := NewServer(reader, cfg, logger)
	if err != nil {
		return nil, err
	}
	return s.Handler(), nil
}

// NewServer is New without building the handler, for callers that want the Server.
func NewServer(reader *db.Reader, cfg Config, logger *slog.Logger) (*Server, error) {
	if reader == nil {
		return nil, errors.New("views: nil reader")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	a, err := loadAssets()
	if err != nil {
		return nil, err
	}
	return &Server{reader: reader, cfg: cfg, log: logger, assets: a,
		gate: newSQLGate(cfg.SQLWorkers, cfg.SQLQueue, cfg.SQLQueueWait, cfg.SQLPerClient)}, nil
}

// Handler returns the explorer's routes.
func (s *Server) Handler() http.Handler { return s.routes() }
