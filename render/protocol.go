package render

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
)

// The parent and a worker talk over the worker's stdin and stdout in frames: a 4-byte big-endian length of
// a JSON header, a 4-byte big-endian length of the payload, the header and the payload (the DOT of a
// request, the SVG of a response). Lengths are checked before anything is allocated, so a worker that writes
// garbage to stdout (a library printing, say) makes the read fail instead of the parent allocating gigabytes.
const (
	maxHeader  = 64 << 10
	maxPayload = 64 << 20
)

// request asks a worker for one drawing; the payload is the DOT.
type request struct {
	Layout string `json:"layout"`
	Format string `json:"format"`
}

// response answers a request, or (Ready) announces a worker that has loaded Graphviz; the payload is the SVG.
type response struct {
	Ready bool   `json:"ready,omitempty"`
	PID   int    `json:"pid,omitempty"`
	Code  string `json:"code,omitempty"`  // a graph error code when the render failed
	Error string `json:"error,omitempty"` // the message for users when the render failed
	// RSS is the worker's resident memory in bytes after the render (or once Graphviz is loaded), 0 where
	// it cannot be read: the pool replaces a worker that has grown past PoolConfig.MaxRSS.
	RSS int64 `json:"rss,omitempty"`
	// Graphviz is the time the worker spent on the request (parsing the DOT, the layout, writing the SVG),
	// in nanoseconds of wall clock and of the worker's CPU: what the parent's round trip adds beyond it is
	// the pipes and the scheduling, and CPU time is what the drawing costs whatever the machine's load.
	GraphvizNanos    int64 `json:"graphviz_ns,omitempty"`
	GraphvizCPUNanos int64 `json:"graphviz_cpu_ns,omitempty"`
}

func writeFrame(w io.Writer, header any, payload []byte) error {
	h, err := json.Marshal(header)
	if err != nil {
		return err
	}
	if len(h) > maxHeader || len(payload) > maxPayload {
		return fmt.Errorf("frame too large: header %d bytes, payload %d bytes", len(h), len(payload))
	}
	var lens [8]byte
	binary.BigEndian.PutUint32(lens[:4], uint32(len(h)))
	binary.BigEndian.PutUint32(lens[4:], uint32(len(payload)))
	if _, err := w.Write(lens[:]); err != nil {
		return err
	}
	if _, err := w.Write(h); err != nil {
		return err
	}
	_, err = w.Write(payload)
	return err
}

// readFrame reads one frame into header and returns its payload. It returns io.EOF only when the stream
// ended cleanly before a frame.
func readFrame(r io.Reader, header any) ([]byte, error) {
	var lens [8]byte
	if _, err := io.ReadFull(r, lens[:]); err != nil {
		if err == io.ErrUnexpectedEOF {
			return nil, fmt.Errorf("truncated frame: %w", err)
		}
		return nil, err
	}
	hn, pn := binary.BigEndian.Uint32(lens[:4]), binary.BigEndian.Uint32(lens[4:])
	if hn > maxHeader || pn > maxPayload {
		return nil, fmt.Errorf("frame too large: header %d bytes, payload %d bytes", hn, pn)
	}
	buf := make([]byte, int(hn)+int(pn))
	if _, err := io.ReadFull(r, buf); err != nil {
		return nil, fmt.Errorf("truncated frame: %w", noEOF(err))
	}
	if err := json.Unmarshal(buf[:hn], header); err != nil {
		return nil, fmt.Errorf("bad frame header: %w", err)
	}
	return buf[hn:], nil
}

func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}
