package db

// SetAdhocHooks makes r call run before each execution of ad hoc SQL and joined after
// each request has joined or started a shared run, so that tests can count executions
// and hold one while others join it. Call it before r is used.
func SetAdhocHooks(r *Reader, run, joined func()) {
	r.hooks = adhocHooks{run: run, joined: joined}
}
