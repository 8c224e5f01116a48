package db

import (
	"context"
	"errors"
)

// errLeaderGone is what a shared run reports when it failed after the request that
// started it went away (its client disconnected): the failure may be that request's own
// cancellation, which says nothing about the statement, so the others run it again.
var errLeaderGone = errors.New("the request running the statement went away")

// shareRun runs run once for all the requests that ask for the same key at the same time
// and gives each of them the answer: sixteen clients refreshing one dashboard cost one
// statement, not sixteen. Only statements that answer the same on the same generation
// share (adhocCacheable), and key holds the generation, so sharing never gives an answer
// a fresh run could not.
//
// run executes with the context of the request that started it (its client going away
// interrupts it, as it would an unshared run), while each request waits only as long as
// its own context allows. A failure of the statement is every waiter's failure (each gets
// its own copy of the error), but a failure that follows the starting request's going
// away is not: the others start again, one of them running the statement.
func (r *Reader) shareRun(ctx context.Context, key string, run func(context.Context) (*Result, error)) (*Result, error) {
	for {
		ch := r.flights.DoChan(key, func() (any, error) {
			res, err := run(ctx)
			if err != nil && ctx.Err() != nil {
				return nil, errLeaderGone
			}
			return res, err
		})
		if r.hooks.joined != nil {
			r.hooks.joined()
		}
		select {
		case <-ctx.Done():
			return nil, sqlError(ctx.Err(), r.opt.SQLTimeLimit)
		case out := <-ch:
			switch {
			case errors.Is(out.Err, errLeaderGone) && ctx.Err() == nil:
				continue
			case errors.Is(out.Err, errLeaderGone):
				return nil, sqlError(ctx.Err(), r.opt.SQLTimeLimit)
			case out.Err != nil:
				return nil, ownError(out.Err)
			}
			cp := *out.Val.(*Result)
			return &cp, nil
		}
	}
}

// ownError is a copy of a shared run's error for one waiter, so that no two requests hold
// the same *Error.
func ownError(err error) error {
	if e, ok := err.(*Error); ok {
		cp := *e
		return &cp
	}
	return err
}

// adhocHooks let tests see ad hoc statements run and share without timing them: run is
// called before each execution of a statement, joined after each request has joined or
// started a shared run. Both are nil outside tests.
type adhocHooks struct {
	run, joined func()
}
