package render_test

import (
	"encoding/binary"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

// The worker protocol, written out here so the test does not lean on the package's own framing: a 4-byte
// header length, a 4-byte payload length, a JSON header and the payload.

func writeTestFrame(tb testing.TB, w io.Writer, header any, payload []byte) {
	tb.Helper()
	h, err := json.Marshal(header)
	if err != nil {
		tb.Fatal(err)
	}
	var lens [8]byte
	binary.BigEndian.PutUint32(lens[:4], uint32(len(h)))
	binary.BigEndian.PutUint32(lens[4:], uint32(len(payload)))
	for _, b := range [][]byte{lens[:], h, payload} {
		if len(b) == 0 {
			continue // an empty write to an io.Pipe waits for a reader that wants nothing
		}
		if _, err := w.Write(b); err != nil {
			tb.Fatal(err)
		}
	}
}

type testResponse struct {
	Ready bool   `json:"ready"`
	PID   int    `json:"pid"`
	Code  string `json:"code"`
	Error string `json:"error"`
}

func readTestFrame(tb testing.TB, r io.Reader) (testResponse, []byte) {
	tb.Helper()
	var lens [8]byte
	if _, err := io.ReadFull(r, lens[:]); err != nil {
		tb.Fatalf("reading a frame: %v", err)
	}
	buf := make([]byte, binary.BigEndian.Uint32(lens[:4])+binary.BigEndian.Uint32(lens[4:]))
	if _, err := io.ReadFull(r, buf); err != nil {
		tb.Fatalf("reading a frame: %v", err)
	}
	hn := binary.BigEndian.Uint32(lens[:4])
	var resp testResponse
	if err := json.Unmarshal(buf[:hn], &resp); err != nil {
		tb.Fatal(err)
	}
	return resp, buf[hn:]
}

// TestServeWorker runs a worker in this process over pipes. It is the only test that uses go-graphviz
// in-process besides the DOT parse checks, and it holds their lock.
func TestServeWorker(t *testing.T) {
	inProcess.Lock()
	defer inProcess.Unlock()
	reqR, reqW := io.Pipe()
	respR, respW := io.Pipe()
	done := make(chan error, 1)
	go func() { done <- render.ServeWorker(reqR, respW); respW.Close() }()

	if hello, _ := readTestFrame(t, respR); !hello.Ready || hello.PID == 0 {
		t.Fatalf("first frame %+v, want the ready announcement", hello)
	}
	seed := seedDOT(t)
	tests := []struct {
		name, layout, format string
		dot                  []byte
		code                 string
	}{
		{"svg is rendered", "dot", "svg", seed, ""},
		{"neato is rendered", "neato", "svg", seed, ""},
		{"png is refused: go-graphviz can return stale bytes", "dot", "png", seed, graph.EINVALID},
		{"pdf is refused", "dot", "pdf", seed, graph.EINVALID},
		{"unknown layout is refused", "twopi", "svg", seed, graph.EINVALID},
		{"syntax error is refused", "dot", "svg", []byte("digraph { -> }"), graph.EINVALID},
		{"empty DOT is refused", "dot", "svg", nil, graph.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			writeTestFrame(t, reqW, map[string]string{"layout": tt.layout, "format": tt.format}, tt.dot)
			resp, svg := readTestFrame(t, respR)
			if resp.Code != tt.code {
				t.Fatalf("code %q (%s), want %q", resp.Code, resp.Error, tt.code)
			}
			if tt.code != "" {
				if len(svg) != 0 || resp.Error == "" {
					t.Errorf("failed render returned %d bytes and message %q", len(svg), resp.Error)
				}
				return
			}
			if !strings.HasPrefix(string(svg), "<?xml") || strings.Contains(string(svg), "<!DOCTYPE") {
				t.Errorf("SVG starts %q; want the XML declaration and no DOCTYPE", svg[:min(len(svg), 120)])
			}
			checkSVG(t, svg)
		})
	}
	reqW.Close()
	if err := <-done; err != nil {
		t.Errorf("ServeWorker after its input closed: %v", err)
	}
}
