package boltstore

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"

	"github.com/actorgraph/actorgraph/graph"
)

// bbolt trusts a file's header. Opening a file for writing, it reads the free-page list at the page the
// header names, wherever that is: in a copy of a store cut to 8 KiB, 16 KiB, 1 MB or 4 MiB the list lies
// past the end of the file and of bbolt's mapping of it, and bbolt reads whatever memory is there. Measured
// on copies of a 5 MB store: three of the four cuts faulted ("unexpected fault address", "fatal error:
// fault", which no recover catches) and one panicked ("invalid freelist page: 0, page type is
// unknown<00>"). checkHeader reads the header as bbolt will and refuses a file shorter than the pages it
// counts before bbolt maps it.

// The layout of a bbolt (v1.4, format 2) meta page: a 16-byte page header (id, flags, count, overflow), then
// magic, version, page size and flags (4 bytes each), the root bucket (root page, sequence), the free-page
// list's page, the page count (the high-water mark), the transaction id and an FNV-64a checksum of all the
// fields before it (8 bytes each), in the machine's byte order.
const (
	boltMagic      = 0xED0CDAED
	boltVersion    = 2
	boltPageHeader = 16
	boltMetaSize   = 64
	boltChecksumAt = 56         // offset of the checksum in the meta
	boltNoFreelist = ^uint64(0) // the free-page list is not stored (bbolt's NoFreelistSync)
	boltMinPage    = 1 << 10    // bbolt looks for the second meta page from 1 KiB...
	boltMaxPage    = 1 << 24    // ...to 16 MiB
	boltFirstRead  = 0x1000     // how much bbolt reads for the first meta page
	metaLength     = boltPageHeader + boltMetaSize
)

// boltMeta is what checkHeader needs of a meta page.
type boltMeta struct {
	pageSize               uint64
	root, freelist, npages uint64
	txid                   uint64
}

// readMeta reads the meta at the start of a page, and whether it is valid as bbolt judges it (magic,
// version and checksum).
func readMeta(page []byte) (boltMeta, bool) {
	if len(page) < metaLength {
		return boltMeta{}, false
	}
	m := page[boltPageHeader:metaLength]
	u32 := func(at int) uint32 { return binary.NativeEndian.Uint32(m[at:]) }
	u64 := func(at int) uint64 { return binary.NativeEndian.Uint64(m[at:]) }
	h := fnv.New64a()
	h.Write(m[:boltChecksumAt])
	valid := u32(0) == boltMagic && u32(4) == boltVersion && u64(boltChecksumAt) == h.Sum64()
	return boltMeta{pageSize: uint64(u32(8)), root: u64(16), freelist: u64(32), npages: u64(40), txid: u64(48)}, valid
}

// readAt reads up to n bytes at off; a short read at the end of the file is not an error.
func readAt(f *os.File, off int64, n int) ([]byte, error) {
	buf := make([]byte, n)
	k, err := f.ReadAt(buf, off)
	if errors.Is(err, io.EOF) {
		err = nil
	}
	return buf[:k], err
}

// checkHeader refuses a store file that bbolt would map past its end: one shorter than the pages its header
// counts, or whose header points outside them. It returns nil for what it cannot judge (no file, an empty
// file, a file without a valid bbolt header, a file it cannot read), which bbolt then creates or refuses
// with an error of its own.
//
// It reads the header and only then the file's size: bbolt grows a file before it writes the pages and
// the header that counts them and never shrinks it, so a file that another process is writing never looks
// cut short.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	first, err := readAt(f, 0, boltFirstRead)
	if err != nil || len(first) == 0 {
		return nil
	}
	meta0, ok0 := readMeta(first)
	pageSize := meta0.pageSize
	if !ok0 {
		// bbolt then looks for the second meta page at every power of two from 1 KiB.
		if pageSize, err = secondMetaPageSize(f); err != nil || pageSize == 0 {
			return nil
		}
	}
	if pageSize < boltMinPage || pageSize > boltMaxPage {
		return fileDamaged(path, fmt.Sprintf("its header gives a page size of %d bytes", pageSize))
	}
	page1, err := readAt(f, int64(pageSize), metaLength)
	if err != nil {
		return nil
	}
	meta1, ok1 := readMeta(page1)
	// The meta bbolt uses: the one with the higher transaction id if it is valid, else the other.
	m, other, okM, okOther := meta0, meta1, ok0, ok1
	if meta1.txid > meta0.txid {
		m, other, okM, okOther = meta1, meta0, ok1, ok0
	}
	if !okM {
		m, okM = other, okOther
	}
	if !okM {
		return nil
	}
	fi, err := f.Stat()
	if err != nil {
		return nil
	}
	size := uint64(fi.Size())
	switch {
	case m.freelist == boltNoFreelist:
		// bbolt would rebuild the list by walking every page, and panics in a goroutine of its own at the
		// first page it cannot read. actorgraph always stores the list.
		return graph.Errorf(graph.EINVALID, "store file %s is not an actorgraph store or is damaged: it keeps no list of free pages", path)
	case m.npages < 4 || m.root < 2 || m.root >= m.npages || m.freelist < 2 || m.freelist >= m.npages:
		return fileDamaged(path, fmt.Sprintf("its header names pages outside the %d it counts", m.npages))
	case size/pageSize < m.npages:
		return fileDamaged(path, fmt.Sprintf("it is cut short: it holds %d bytes, and its header counts %d pages of %d bytes", size, m.npages, pageSize))
	}
	return nil
}

// secondMetaPageSize finds the page size as bbolt does when the first meta page is not valid: from the
// first valid meta page at 1 KiB, 2 KiB... 16 MiB. It returns 0 when there is none.
func secondMetaPageSize(f *os.File) (uint64, error) {
	fi, err := f.Stat()
	if err != nil {
		return 0, err
	}
	for pos := int64(boltMinPage); pos <= boltMaxPage && pos < fi.Size()-boltMinPage; pos <<= 1 {
		page, err := readAt(f, pos, metaLength)
		if err != nil {
			return 0, err
		}
		if m, ok := readMeta(page); ok {
			return m.pageSize, nil
		}
	}
	return 0, nil
}

// fileDamaged is the error for a store file that cannot be read: why says what is wrong with it.
func fileDamaged(path, why string) error {
	return graph.Errorf(graph.EINVALID, "store file %s is damaged: %s", path, why)
}
