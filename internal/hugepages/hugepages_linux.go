package hugepages

import (
	"bufio"
	"bytes"
	"os"
	"strconv"

	"golang.org/x/sys/unix"
)

// mode reads the bracketed word of "always [madvise] never".
func mode() string {
	b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil {
		return ""
	}
	i, j := bytes.IndexByte(b, '['), bytes.IndexByte(b, ']')
	if i < 0 || j < i {
		return ""
	}
	return string(b[i+1 : j])
}

// hugePage is the size of a transparent huge page on amd64 and arm64 with 4 KiB pages.
const hugePage = 2 << 20

// advise madvises every private anonymous read-write mapping of at least a huge page (a line of
// /proc/self/maps: "start-end rw-p 00000000 00:00 0") and returns their bytes.
func advise() int {
	b, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return 0
	}
	n := 0
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		f := bytes.Fields(sc.Bytes())
		if len(f) != 5 || string(f[1]) != "rw-p" || string(f[4]) != "0" {
			continue
		}
		lo, hi, ok := bytes.Cut(f[0], []byte("-"))
		if !ok {
			continue
		}
		start, err1 := strconv.ParseUint(string(lo), 16, 64)
		end, err2 := strconv.ParseUint(string(hi), 16, 64)
		if err1 != nil || err2 != nil || end-start < hugePage {
			continue
		}
		// The raw call: the range is an address read from /proc/self/maps, no Go pointer.
		if _, _, e := unix.Syscall(unix.SYS_MADVISE, uintptr(start), uintptr(end-start), unix.MADV_HUGEPAGE); e == 0 {
			n += int(end - start)
		}
	}
	return n
}

// memTotal reads MemTotal of /proc/meminfo, in bytes; 0 where it cannot.
func memTotal() int {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0
	}
	for line := range bytes.Lines(b) {
		if f := bytes.Fields(line); len(f) == 3 && string(f[0]) == "MemTotal:" && string(f[2]) == "kB" {
			kb, err := strconv.Atoi(string(f[1]))
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}
