package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/actorgraph/actorgraph/graph"
)

var _ graph.Store = (*Store)(nil)

// Config says where Neo4j is and how to use it.
type Config struct {
	// URI is the Neo4j address: bolt://host:7687 for one server, neo4j://host:7687 for a cluster (the driver
	// routes reads and writes), and bolt+s://, neo4j+s:// (Aura) or their +ssc forms for TLS.
	URI      string
	Username string
	Password string
	// Database is the database to use; empty means the user's home database (neo4j on a new server).
	Database string

	// ConnectTimeout bounds how long Open waits for an unreachable Neo4j to come up; 0 means one minute.
	// Compose starts actorgraph once Neo4j reports healthy, but a restarted Neo4j takes a while to listen.
	ConnectTimeout time.Duration
	// MaxRetryTime bounds how long the driver retries a transaction that failed for a transient reason or a
	// lost connection; 0 means 10 seconds, so a request fails with EUNAVAILABLE before its own deadline.
	MaxRetryTime time.Duration
	// BatchSize is the number of rows each write statement takes at once; 0 means 1000.
	BatchSize int
	// Logger receives connection progress; nil discards it.
	Logger *slog.Logger
}

// Store is the Neo4j store. It is safe for concurrent use; one Store (one driver) serves the whole process.
//
// Neo4j isolates transactions at read-committed: a query running while an ingest commits could see part of
// it. Within one process the Store prevents that by letting no read run while an ingest commits, so reads
// see whole ingests as the conformance suite requires; ingests are serialised across processes by a lock in
// the database.
type Store struct {
	tx        runner
	target    string // the URI without credentials, for messages
	database  string
	batchSize int
	log       *slog.Logger

	writeMu sync.Mutex   // one ingest at a time in this process
	mu      sync.RWMutex // reads hold it shared; an ingest holds it only while its transaction commits
	closed  atomic.Bool
}

// runner runs transaction functions. The driver is one; tests substitute another.
type runner interface {
	read(ctx context.Context, work func(tx neo4j.ManagedTransaction) error) error
	write(ctx context.Context, work func(tx neo4j.ManagedTransaction) error) error
	ping(ctx context.Context) error
	agent(ctx context.Context) (string, error) // "Neo4j/5.26.0"
	close(ctx context.Context) error
}

// Open connects to Neo4j, waiting up to cfg.ConnectTimeout for it to come up, and sets up the schema.
//
// Errors: EINVALID for a URI the driver cannot use; EUNAVAILABLE when Neo4j cannot be reached in time, refuses
// the credentials or has no such database.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	target, err := checkURI(cfg.URI)
	if err != nil {
		return nil, err
	}
	retry := cmp.Or(cfg.MaxRetryTime, 10*time.Second)
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""), func(c *config.Config) {
		c.MaxTransactionRetryTime = retry
		c.UserAgent = "actorgraph"
		c.SocketConnectTimeout = 5 * time.Second
		c.ConnectionAcquisitionTimeout = 30 * time.Second
	})
	if err != nil {
		return nil, graph.Wrap(err, graph.EINVALID, fmt.Sprintf("NEO4J_URI %s cannot be used: %v", target, err))
	}
	d := &driverRunner{driver: driver, database: cfg.Database,
		bookmarks: neo4j.NewBookmarkManager(neo4j.BookmarkManagerConfig{})}
	s := newStore(d, target, cfg)
	if err := s.connect(ctx, cmp.Or(cfg.ConnectTimeout, time.Minute)); err != nil {
		d.close(context.Background())
		return nil, err
	}
	if err := s.setUp(ctx); err != nil {
		d.close(context.Background())
		return nil, err
	}
	return s, nil
}

func newStore(r runner, target string, cfg Config) *Store {
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	batch := cfg.BatchSize
	if batch < 1 {
		batch = 1000
	}
	return &Store{tx: r, target: target, database: cfg.Database, batchSize: batch, log: log}
}

// checkURI returns the URI without credentials, or EINVALID when the driver would not accept its scheme.
func checkURI(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		shown := "(unparsable)"
		if err == nil {
			shown = u.Redacted()
		}
		return "", graph.Errorf(graph.EINVALID, "NEO4J_URI %q is not a URI like bolt://localhost:7687", shown)
	}
	switch u.Scheme {
	case "bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc":
	default:
		return "", graph.Errorf(graph.EINVALID, "NEO4J_URI %q has scheme %q; use bolt://, neo4j:// or their +s and +ssc forms", u.Redacted(), u.Scheme)
	}
	u.User = nil
	return u.String(), nil
}

// connect waits for Neo4j to answer, retrying while it is unreachable. Refused credentials and a missing
// database are not worth waiting for.
func (s *Store) connect(ctx context.Context, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	wait := 500 * time.Millisecond
	for attempt := 1; ; attempt++ {
		agent, err := s.reach(ctx)
		if err == nil {
			if err := checkVersion(agent); err != nil {
				return err
			}
			s.log.Info("connected to Neo4j", "uri", s.target, "database", s.database, "server", agent)
			return nil
		}
		err = classify(err, s.target, s.database)
		if ctx.Err() != nil {
			return graph.Wrap(err, graph.EUNAVAILABLE, fmt.Sprintf("gave up waiting for Neo4j at %s: %s", s.target, graph.ErrorMessage(err)))
		}
		if !retryable(err) {
			return err
		}
		remaining := time.Until(deadline)
		if remaining <= 0 {
			return graph.Wrap(err, graph.EUNAVAILABLE, fmt.Sprintf("%s (waited %s; is Neo4j running?)", graph.ErrorMessage(err), timeout))
		}
		s.log.Info("waiting for Neo4j", "uri", s.target, "attempt", attempt, "reason", graph.ErrorMessage(err))
		select {
		case <-ctx.Done():
		case <-time.After(min(wait, remaining)):
		}
		wait = min(2*wait, 5*time.Second)
	}
}

// reach checks that Neo4j answers and returns its version string.
func (s *Store) reach(ctx context.Context) (string, error) {
	if err := s.tx.ping(ctx); err != nil {
		return "", err
	}
	return s.tx.agent(ctx)
}

// retryable reports whether waiting may help: the server is down or busy, not refusing us.
func retryable(err error) bool {
	msg := graph.ErrorMessage(err)
	return graph.ErrorCode(err) == graph.EUNAVAILABLE &&
		!strings.Contains(msg, "NEO4J_USERNAME") && !strings.Contains(msg, "NEO4J_DATABASE")
}

// checkVersion refuses servers older than Neo4j 5: the statements use Cypher 5.
func checkVersion(agent string) error {
	v, ok := strings.CutPrefix(agent, "Neo4j/")
	if !ok {
		return nil // not a version string we know; let the statements speak for themselves
	}
	major, err := strconv.Atoi(strings.SplitN(v, ".", 2)[0])
	if err != nil || major >= 5 {
		return nil
	}
	return graph.Errorf(graph.EUNAVAILABLE, "Neo4j %s is too old: actorgraph needs Neo4j 5 or later", v)
}

// read runs work in a read transaction while no ingest in this process commits.
func (s *Store) read(ctx context.Context, work func(tx neo4j.ManagedTransaction) error) error {
	if s.closed.Load() {
		return errClosed
	}
	if err := ctx.Err(); err != nil {
		return classify(err, s.target, s.database)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	return classify(s.tx.read(ctx, work), s.target, s.database)
}

// write runs work in a write transaction and makes reads in this process wait while it commits. The driver
// commits after work returns, so work takes the lock as its last step; a retry starts by letting it go.
func (s *Store) write(ctx context.Context, work func(tx neo4j.ManagedTransaction) error) error {
	if s.closed.Load() {
		return errClosed
	}
	if err := ctx.Err(); err != nil {
		return classify(err, s.target, s.database)
	}
	held := false
	err := s.tx.write(ctx, func(tx neo4j.ManagedTransaction) error {
		if held {
			s.mu.Unlock()
			held = false
		}
		if err := work(tx); err != nil {
			return err
		}
		s.mu.Lock()
		held = true
		return nil
	})
	if held {
		s.mu.Unlock()
	}
	return classify(err, s.target, s.database)
}

// Ping checks that Neo4j answers. Errors: EUNAVAILABLE.
func (s *Store) Ping(ctx context.Context) error {
	if s.closed.Load() {
		return errClosed
	}
	err := classify(s.tx.ping(ctx), s.target, s.database)
	if err != nil && graph.ErrorCode(err) != graph.EUNAVAILABLE {
		err = graph.Wrap(err, graph.EUNAVAILABLE, fmt.Sprintf("Neo4j at %s is not reachable: %s", s.target, graph.ErrorMessage(err)))
	}
	return err
}

// Close waits for a running ingest, then closes the driver. Later calls return EUNAVAILABLE.
func (s *Store) Close() error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if s.closed.Swap(true) {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s.tx.close(ctx); err != nil {
		return graph.Wrap(err, graph.EINTERNAL, "closing the Neo4j driver failed")
	}
	return nil
}

// driverRunner runs transaction functions on the driver: a session per call, read access for reads, and
// one bookmark manager so that, on a cluster, a read after an ingest sees what the ingest wrote.
type driverRunner struct {
	driver    neo4j.DriverWithContext
	database  string
	bookmarks neo4j.BookmarkManager
}

func (d *driverRunner) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return d.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: mode, DatabaseName: d.database, BookmarkManager: d.bookmarks})
}

func (d *driverRunner) read(ctx context.Context, work func(tx neo4j.ManagedTransaction) error) error {
	sess := d.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	_, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		return struct{}{}, work(tx)
	})
	return err
}

func (d *driverRunner) write(ctx context.Context, work func(tx neo4j.ManagedTransaction) error) error {
	sess := d.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	_, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		return struct{}{}, work(tx)
	})
	return err
}

// ping checks that the server answers and accepts the credentials.
func (d *driverRunner) ping(ctx context.Context) error { return d.driver.VerifyConnectivity(ctx) }

func (d *driverRunner) agent(ctx context.Context) (string, error) {
	info, err := d.driver.GetServerInfo(ctx)
	if err != nil {
		return "", err
	}
	return info.Agent(), nil
}

func (d *driverRunner) close(ctx context.Context) error { return d.driver.Close(ctx) }
