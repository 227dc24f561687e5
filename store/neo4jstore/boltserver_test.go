package neo4jstore_test

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"net"
	"slices"
	"sync"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// boltServer is a small Bolt 5 server for the tests: the real driver connects to it over TCP, and it
// answers every statement of the store with the in-memory emulation (fakeNeo4j). It speaks what the
// store's use of the driver needs: the handshake, HELLO and LOGON, BEGIN, RUN, PULL and DISCARD (with
// has_more when a result is longer than the fetch size), COMMIT, ROLLBACK, RESET and GOODBYE. It records
// every statement with its parameters as they arrived on the wire, and can answer a statement with a
// failure or drop the connection in its middle, as a real server going away would.
type boltServer struct {
	f  *fakeNeo4j
	ln net.Listener

	mu       sync.Mutex
	sent     []sentStatement
	begun    map[string]int // transactions begun, by access mode ("r" or "w")
	received map[byte]int   // messages received, by tag
	// fault, when set, is asked before each statement runs. It returns a Neo4j error code for the server to
	// answer with, or drop to close the connection without an answer.
	fault func(name string) (code string, drop bool)

	wg    sync.WaitGroup
	conns map[net.Conn]bool
}

// sentStatement is one RUN as the server received it.
type sentStatement struct {
	name   string         // as Statements names it
	params map[string]any // decoded from PackStream: int64, float64, string, bool, nil, []any, map[string]any
}

// The message tags of Bolt 5.
const (
	boltHello    = 0x01
	boltGoodbye  = 0x02
	boltReset    = 0x0F
	boltRun      = 0x10
	boltBegin    = 0x11
	boltCommit   = 0x12
	boltRollback = 0x13
	boltDiscard  = 0x2F
	boltPull     = 0x3F
	boltTelem    = 0x54
	boltLogon    = 0x6A
	boltLogoff   = 0x6B
	boltSuccess  = 0x70
	boltRecord   = 0x71
	boltIgnored  = 0x7E
	boltFailure  = 0x7F
)

// boltAgent is the server's version as Neo4j 5.26 gives it; the store checks it is 5 or later.
const boltAgent = "Neo4j/5.26.12"

// startBoltServer serves the emulation f on a local port until the test ends.
func startBoltServer(t testing.TB, f *fakeNeo4j) *boltServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &boltServer{f: f, ln: ln, begun: map[string]int{}, received: map[byte]int{}, conns: map[net.Conn]bool{}}
	s.wg.Add(1)
	go s.accept()
	t.Cleanup(s.close)
	return s
}

func (s *boltServer) uri() string { return "bolt://" + s.ln.Addr().String() }

func (s *boltServer) accept() {
	defer s.wg.Done()
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return
		}
		s.mu.Lock()
		s.conns[c] = true
		s.mu.Unlock()
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			(&boltConn{s: s, c: c, r: bufio.NewReader(c)}).serve()
		}()
	}
}

// close stops listening, closes every connection and waits for their goroutines.
func (s *boltServer) close() {
	s.ln.Close()
	s.mu.Lock()
	for c := range s.conns {
		c.Close()
	}
	s.mu.Unlock()
	s.wg.Wait()
}

// statements returns what the server received so far.
func (s *boltServer) statements() []sentStatement {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.sent)
}

func (s *boltServer) transactions(mode string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.begun[mode]
}

// roundTrips counts the messages the driver sends and then waits on before it sends more: BEGIN, each RUN
// (its PULL goes with it), COMMIT, ROLLBACK and RESET. ExecuteRead and ExecuteWrite wait for BEGIN's answer.
func (s *boltServer) roundTrips() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.received[boltBegin] + s.received[boltRun] + s.received[boltCommit] + s.received[boltRollback] + s.received[boltReset]
}

func (s *boltServer) setFault(fault func(name string) (code string, drop bool)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fault = fault
}

// boltConn is one client connection.
type boltConn struct {
	s      *boltServer
	c      net.Conn
	r      *bufio.Reader
	failed bool // after a FAILURE every message but RESET is IGNORED

	inTx    bool
	write   *fakeGraph // the private graph of a write transaction; nil in a read one
	locked  bool       // holds the emulation's writer lock
	results map[int64]*boltResult
	lastQid int64
}

type boltResult struct {
	fields []string
	rows   [][]any
}

func (c *boltConn) serve() {
	defer func() {
		c.endTx()
		c.c.Close()
		c.s.mu.Lock()
		delete(c.s.conns, c.c)
		c.s.mu.Unlock()
	}()
	var hs [20]byte
	if _, err := io.ReadFull(c.r, hs[:]); err != nil || !bytes.Equal(hs[:4], []byte{0x60, 0x60, 0xB0, 0x17}) {
		return
	}
	if !offers(hs[4:], 5, 4) {
		c.c.Write([]byte{0, 0, 0, 0}) // none of the versions offered
		return
	}
	if _, err := c.c.Write([]byte{0, 0, 4, 5}); err != nil { // Bolt 5.4
		return
	}
	for {
		raw, err := readMessage(c.r)
		if err != nil {
			return
		}
		d := &packDecoder{buf: raw}
		v, err := d.value()
		msg, ok := v.(packStruct)
		if err != nil || !ok {
			return
		}
		c.s.mu.Lock()
		c.s.received[msg.tag]++
		c.s.mu.Unlock()
		if c.failed && msg.tag != boltReset && msg.tag != boltGoodbye {
			if c.send(boltIgnored) != nil {
				return
			}
			continue
		}
		if !c.handle(msg) {
			return
		}
	}
}

// offers reports whether the handshake's four proposals (each 0, range, minor, major) include major.minor.
func offers(proposals []byte, major, minor byte) bool {
	for p := range slices.Chunk(proposals, 4) {
		if p[3] == major && p[2] >= minor && p[2]-p[1] <= minor {
			return true
		}
	}
	return false
}

// handle answers one message; false ends the connection.
func (c *boltConn) handle(msg packStruct) bool {
	field := func(i int) map[string]any {
		if i < len(msg.fields) {
			m, _ := msg.fields[i].(map[string]any)
			return m
		}
		return nil
	}
	switch msg.tag {
	case boltHello:
		return c.success(map[string]any{"server": boltAgent, "connection_id": fmt.Sprintf("bolt-%p", c), "hints": map[string]any{}})
	case boltLogon, boltLogoff, boltTelem:
		return c.success(map[string]any{})
	case boltGoodbye:
		return false
	case boltReset:
		c.endTx()
		c.failed = false
		return c.success(map[string]any{})
	case boltBegin:
		if c.inTx {
			return c.failure("Neo.ClientError.Request.Invalid", "BEGIN inside a transaction")
		}
		mode := "w"
		if field(0)["mode"] == "r" {
			mode = "r"
		}
		c.s.mu.Lock()
		c.s.begun[mode]++
		c.s.mu.Unlock()
		c.inTx, c.results, c.lastQid = true, map[int64]*boltResult{}, -1
		if mode == "w" {
			c.s.f.writer.Lock() // one write transaction at a time, as the ingest lock makes it
			c.locked = true
			c.write = c.s.f.snapshot().clone()
		}
		return c.success(map[string]any{})
	case boltRun:
		return c.run(msg)
	case boltPull, boltDiscard:
		return c.pull(field(0), msg.tag == boltDiscard)
	case boltCommit:
		if !c.inTx {
			return c.failure("Neo.ClientError.Request.Invalid", "COMMIT outside a transaction")
		}
		if c.write != nil {
			c.s.f.commit(c.write)
		}
		c.endTx()
		return c.success(map[string]any{"bookmark": "fake:bookmark"})
	case boltRollback:
		c.endTx()
		return c.success(map[string]any{})
	}
	return c.failure("Neo.ClientError.Request.Invalid", fmt.Sprintf("the fake Bolt server does not take message %#x", msg.tag))
}

// endTx drops the transaction, if any, and lets the writer lock go.
func (c *boltConn) endTx() {
	if c.locked {
		c.s.f.writer.Unlock()
		c.locked = false
	}
	c.inTx, c.write, c.results = false, nil, nil
}

func (c *boltConn) run(msg packStruct) bool {
	if !c.inTx {
		// The store runs everything in transaction functions; an auto-commit statement is a change to see.
		return c.failure("Neo.ClientError.Request.Invalid", "the fake Bolt server takes statements in explicit transactions only")
	}
	cypher, _ := msg.fields[0].(string)
	params, _ := msg.fields[1].(map[string]any)
	name := c.s.f.byCypher[cypher]
	c.s.mu.Lock()
	c.s.sent = append(c.s.sent, sentStatement{name: name, params: params})
	fault := c.s.fault
	c.s.mu.Unlock()
	if fault != nil {
		code, drop := fault(name)
		if drop {
			return false
		}
		if code != "" {
			return c.failure(code, "the fake Bolt server fails "+name+" on purpose")
		}
	}
	rows, err := c.s.f.run(c.write, cypher, asStoreParams(params))
	if err != nil {
		var n4 *neo4j.Neo4jError
		if errors.As(err, &n4) {
			return c.failure(n4.Code, n4.Msg)
		}
		return c.failure("Neo.DatabaseError.General.UnknownError", err.Error())
	}
	res := &boltResult{fields: []string{}}
	if len(rows) > 0 {
		res.fields = slices.Sorted(maps.Keys(rows[0]))
	}
	for _, r := range rows {
		vals := make([]any, len(res.fields))
		for i, k := range res.fields {
			vals[i] = r[k]
		}
		res.rows = append(res.rows, vals)
	}
	c.lastQid++
	c.results[c.lastQid] = res
	return c.success(map[string]any{"fields": res.fields, "t_first": int64(0), "qid": c.lastQid})
}

// pull sends up to n records of the result extra names (qid -1 or absent: the last one), and says whether
// more are left; discard drops them instead.
func (c *boltConn) pull(extra map[string]any, discard bool) bool {
	qid := c.lastQid
	if q, ok := extra["qid"].(int64); ok && q >= 0 {
		qid = q
	}
	res := c.results[qid]
	if res == nil {
		return c.failure("Neo.ClientError.Request.Invalid", fmt.Sprintf("no open result %d", qid))
	}
	n, _ := extra["n"].(int64)
	if n < 0 || n > int64(len(res.rows)) {
		n = int64(len(res.rows))
	}
	if !discard {
		for _, vals := range res.rows[:n] {
			if c.send(boltRecord, vals) != nil {
				return false
			}
		}
	}
	res.rows = res.rows[n:]
	if len(res.rows) > 0 && !discard {
		return c.success(map[string]any{"has_more": true})
	}
	delete(c.results, qid)
	kind := "r"
	if c.write != nil {
		kind = "w"
	}
	return c.success(map[string]any{"type": kind, "t_last": int64(0), "db": "neo4j"})
}

func (c *boltConn) success(meta map[string]any) bool { return c.send(boltSuccess, meta) == nil }

func (c *boltConn) failure(code, message string) bool {
	c.failed = true
	return c.send(boltFailure, map[string]any{"code": code, "message": message}) == nil
}

func (c *boltConn) send(tag byte, fields ...any) error {
	_, err := c.c.Write(chunk(nil, packValue(nil, packStruct{tag: tag, fields: fields})))
	return err
}

// asStoreParams gives the emulation the parameters in the Go types the store builds them with, as it gets
// them without a wire in between: int for integers at the top level, []map[string]any for lists of rows.
// Values inside rows stay as decoded (int64), which is what Neo4j stores.
func asStoreParams(p map[string]any) map[string]any {
	out := make(map[string]any, len(p))
	for k, v := range p {
		switch x := v.(type) {
		case int64:
			out[k] = int(x)
		case []any:
			rows := make([]map[string]any, 0, len(x))
			for _, e := range x {
				if m, ok := e.(map[string]any); ok {
					rows = append(rows, m)
				}
			}
			if len(x) > 0 && len(rows) == len(x) {
				out[k] = rows
			} else {
				out[k] = x
			}
		default:
			out[k] = v
		}
	}
	return out
}
