package neo4jstore_test

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"testing"
)

// PackStream, the encoding of Bolt messages (Bolt protocol, "PackStream"), written here from its
// specification rather than taken from the driver, so that the fake Bolt server reads what the driver
// really sends. Values decode to nil, bool, int64, float64, string, []byte, []any, map[string]any and
// packStruct.

// packStruct is a PackStream structure: a Bolt message, or a value such as a node or a date.
type packStruct struct {
	tag    byte
	fields []any
}

type packDecoder struct {
	buf []byte
	pos int
}

func (d *packDecoder) byte() (byte, error) {
	if d.pos >= len(d.buf) {
		return 0, io.ErrUnexpectedEOF
	}
	b := d.buf[d.pos]
	d.pos++
	return b, nil
}

func (d *packDecoder) take(n int) ([]byte, error) {
	if n < 0 || d.pos+n > len(d.buf) {
		return nil, io.ErrUnexpectedEOF
	}
	b := d.buf[d.pos : d.pos+n]
	d.pos += n
	return b, nil
}

// size reads a big-endian unsigned size of n bytes.
func (d *packDecoder) size(n int) (int, error) {
	b, err := d.take(n)
	if err != nil {
		return 0, err
	}
	v := 0
	for _, x := range b {
		v = v<<8 | int(x)
	}
	return v, nil
}

func (d *packDecoder) value() (any, error) {
	m, err := d.byte()
	if err != nil {
		return nil, err
	}
	switch {
	case m < 0x80: // tiny int 0..127
		return int64(m), nil
	case m >= 0xF0: // tiny int -16..-1
		return int64(int8(m)), nil
	case m>>4 == 0x8:
		return d.str(int(m & 0xF))
	case m>>4 == 0x9:
		return d.list(int(m & 0xF))
	case m>>4 == 0xA:
		return d.dict(int(m & 0xF))
	case m>>4 == 0xB:
		return d.structure(int(m & 0xF))
	}
	switch m {
	case 0xC0:
		return nil, nil
	case 0xC1:
		b, err := d.take(8)
		if err != nil {
			return nil, err
		}
		return math.Float64frombits(binary.BigEndian.Uint64(b)), nil
	case 0xC2:
		return false, nil
	case 0xC3:
		return true, nil
	case 0xC8, 0xC9, 0xCA, 0xCB:
		n := 1 << (m - 0xC8)
		b, err := d.take(n)
		if err != nil {
			return nil, err
		}
		switch n {
		case 1:
			return int64(int8(b[0])), nil
		case 2:
			return int64(int16(binary.BigEndian.Uint16(b))), nil
		case 4:
			return int64(int32(binary.BigEndian.Uint32(b))), nil
		}
		return int64(binary.BigEndian.Uint64(b)), nil
	case 0xCC, 0xCD, 0xCE:
		n, err := d.size(1 << (m - 0xCC))
		if err != nil {
			return nil, err
		}
		b, err := d.take(n)
		return slices.Clone(b), err
	case 0xD0, 0xD1, 0xD2:
		n, err := d.size(1 << (m - 0xD0))
		if err != nil {
			return nil, err
		}
		return d.str(n)
	case 0xD4, 0xD5, 0xD6:
		n, err := d.size(1 << (m - 0xD4))
		if err != nil {
			return nil, err
		}
		return d.list(n)
	case 0xD8, 0xD9, 0xDA:
		n, err := d.size(1 << (m - 0xD8))
		if err != nil {
			return nil, err
		}
		return d.dict(n)
	}
	return nil, fmt.Errorf("packstream: unknown marker %#x at byte %d", m, d.pos-1)
}

func (d *packDecoder) str(n int) (string, error) {
	b, err := d.take(n)
	return string(b), err
}

func (d *packDecoder) list(n int) ([]any, error) {
	out := make([]any, 0, min(n, 1024))
	for range n {
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func (d *packDecoder) dict(n int) (map[string]any, error) {
	out := make(map[string]any, min(n, 1024))
	for range n {
		k, err := d.value()
		if err != nil {
			return nil, err
		}
		key, ok := k.(string)
		if !ok {
			return nil, fmt.Errorf("packstream: a map key is %T, not a string", k)
		}
		if out[key], err = d.value(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (d *packDecoder) structure(n int) (packStruct, error) {
	tag, err := d.byte()
	if err != nil {
		return packStruct{}, err
	}
	fields, err := d.list(n)
	return packStruct{tag: tag, fields: fields}, err
}

// packValue appends the encoding of v: the types decode gives, and int and []string as the fake emulation
// of Neo4j returns them.
func packValue(b []byte, v any) []byte {
	switch x := v.(type) {
	case nil:
		return append(b, 0xC0)
	case bool:
		if x {
			return append(b, 0xC3)
		}
		return append(b, 0xC2)
	case int:
		return packInt(b, int64(x))
	case int64:
		return packInt(b, x)
	case float64:
		return binary.BigEndian.AppendUint64(append(b, 0xC1), math.Float64bits(x))
	case string:
		return append(packHeader(b, len(x), 0x80, 0xD0), x...)
	case []byte: // no tiny form: 0xCC, 0xCD or 0xCE and an 8, 16 or 32-bit size
		switch n := len(x); {
		case n <= math.MaxUint8:
			b = append(b, 0xCC, byte(n))
		case n <= math.MaxUint16:
			b = binary.BigEndian.AppendUint16(append(b, 0xCD), uint16(n))
		default:
			b = binary.BigEndian.AppendUint32(append(b, 0xCE), uint32(n))
		}
		return append(b, x...)
	case []string:
		b = packHeader(b, len(x), 0x90, 0xD4)
		for _, s := range x {
			b = packValue(b, s)
		}
		return b
	case []any:
		b = packHeader(b, len(x), 0x90, 0xD4)
		for _, e := range x {
			b = packValue(b, e)
		}
		return b
	case map[string]any:
		b = packHeader(b, len(x), 0xA0, 0xD8)
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys) // the same bytes for the same map
		for _, k := range keys {
			b = packValue(packValue(b, k), x[k])
		}
		return b
	case packStruct:
		b = append(b, 0xB0|byte(len(x.fields)), x.tag)
		for _, f := range x.fields {
			b = packValue(b, f)
		}
		return b
	}
	panic(fmt.Sprintf("packstream: cannot encode %T", v))
}

func packInt(b []byte, v int64) []byte {
	switch {
	case -16 <= v && v <= 127:
		return append(b, byte(int8(v)))
	case math.MinInt8 <= v && v <= math.MaxInt8:
		return append(b, 0xC8, byte(int8(v)))
	case math.MinInt16 <= v && v <= math.MaxInt16:
		return binary.BigEndian.AppendUint16(append(b, 0xC9), uint16(int16(v)))
	case math.MinInt32 <= v && v <= math.MaxInt32:
		return binary.BigEndian.AppendUint32(append(b, 0xCA), uint32(int32(v)))
	}
	return binary.BigEndian.AppendUint64(append(b, 0xCB), uint64(v))
}

// packHeader appends the marker of a string, list or map of n items: tiny below 16, else the 8, 16 or
// 32-bit form, whose markers follow long.
func packHeader(b []byte, n int, tiny, long byte) []byte {
	switch {
	case n < 16:
		return append(b, tiny|byte(n))
	case n <= math.MaxUint8:
		return append(b, long, byte(n))
	case n <= math.MaxUint16:
		return binary.BigEndian.AppendUint16(append(b, long+1), uint16(n))
	}
	return binary.BigEndian.AppendUint32(append(b, long+2), uint32(n))
}

// readMessage reads one chunked Bolt message: chunks of a two-byte size, ended by an empty chunk. Empty
// chunks before a message are keep-alive no-ops.
func readMessage(r io.Reader) ([]byte, error) {
	var msg []byte
	var size [2]byte
	for {
		if _, err := io.ReadFull(r, size[:]); err != nil {
			return nil, err
		}
		n := int(binary.BigEndian.Uint16(size[:]))
		if n == 0 {
			if len(msg) == 0 {
				continue
			}
			return msg, nil
		}
		chunk := make([]byte, n)
		if _, err := io.ReadFull(r, chunk); err != nil {
			return nil, err
		}
		msg = append(msg, chunk...)
	}
}

// chunk appends msg as Bolt chunks of at most 65,535 bytes and the empty chunk that ends it.
func chunk(b, msg []byte) []byte {
	for len(msg) > 0 {
		n := min(len(msg), math.MaxUint16)
		b = append(binary.BigEndian.AppendUint16(b, uint16(n)), msg[:n]...)
		msg = msg[n:]
	}
	return append(b, 0, 0)
}

// FuzzPackStream feeds the fake server's PackStream decoder any bytes: it never panics nor allocates by
// what a header claims, and what it decodes encodes back to bytes that decode to the same encoding.
func FuzzPackStream(f *testing.F) {
	for _, v := range []any{nil, true, int64(-17), int64(1 << 40), 0.5, "Токаев", []any{"a", int64(1), nil},
		map[string]any{"rows": []any{map[string]any{"id": "a", "aliases": []any{"x"}}}},
		packStruct{tag: boltRun, fields: []any{"RETURN 1", map[string]any{}, map[string]any{}}}} {
		f.Add(packValue(nil, v))
	}
	f.Add([]byte{0xD6, 0xFF, 0xFF, 0xFF, 0xFF}) // a list claiming 4 billion items
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := (&packDecoder{buf: data}).value()
		if err != nil {
			return
		}
		once := packValue(nil, v)
		again, err := (&packDecoder{buf: once}).value()
		if err != nil {
			t.Fatalf("%x decoded to %#v, whose encoding %x does not decode: %v", data, v, once, err)
		}
		if twice := packValue(nil, again); !bytes.Equal(once, twice) {
			t.Fatalf("%#v encodes to %x and back to %x", v, once, twice)
		}
	})
}

func TestChunkedMessagesReadBack(t *testing.T) {
	for _, n := range []int{1, 65_535, 65_536, 200_000} {
		msg := bytes.Repeat([]byte{0xAB}, n)
		wire := chunk([]byte{0, 0}, msg) // a keep-alive no-op first
		got, err := readMessage(bytes.NewReader(wire))
		if err != nil || !bytes.Equal(got, msg) {
			t.Errorf("%d bytes: read back %d bytes, %v", n, len(got), err)
		}
	}
}
