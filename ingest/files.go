package ingest

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest/article"
	"github.com/actorgraph/actorgraph/ingest/feed"
	"github.com/actorgraph/actorgraph/ingest/overlay"
	"github.com/actorgraph/actorgraph/ingest/webpage"
)

// File is an input file: an article or an overlay.
type File struct {
	Name string // the path, for messages
	// Rel is what the store keeps of the file's name (the rule of an overlay's evidence): its path within
	// the folder given to ReadPaths or the fs.FS given to ReadFS, or its base name when the file was named
	// itself, never where the folder is on the machine that ingested it. Empty means the base name of Name.
	Rel  string
	Data []byte
	// Err is why the file could not be read (too large, unreadable, a link to nothing). Ingest reports it as
	// a failed input and goes on with the others.
	Err error
	// Doc, when set, is the article already read (a page fetched from a link): Data is not read again.
	Doc *graph.Document
}

// IsOverlay reports whether the file is an overlay (named *.overlay.yaml or *.overlay.yml).
func (f File) IsOverlay() bool {
	return isOverlay(f.Name)
}

// stored is the name the store keeps: Rel, or the base name of Name.
func (f File) stored() string {
	if f.Rel != "" {
		return f.Rel
	}
	return filepath.Base(f.Name)
}

// overlay parses the file as an overlay, whose evidence names the file by its stored name.
func (f File) overlay() (*overlay.Overlay, error) {
	if f.Err != nil {
		return nil, f.Err
	}
	o, err := overlay.Parse(f.Name, f.Data)
	if err != nil {
		return nil, err
	}
	o.Path = f.stored()
	return o, nil
}

// article parses the file as an article.
func (f File) article() (graph.Document, error) {
	if f.Err != nil {
		return graph.Document{}, f.Err
	}
	if f.Doc != nil {
		return *f.Doc, nil
	}
	if feed.IsFeedName(f.Name) {
		// Its items are fetched by package fetch (ingest FOLDER from the command line); here it is only data.
		if feed.IsFeed(f.Data) {
			return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: a feed: its items are links, which are fetched only where fetching is allowed (actorgraph ingest, watch)", f.Name)
		}
		return graph.Document{}, graph.Errorf(graph.EINVALID, "%s: an XML file that is not an RSS or Atom feed", f.Name)
	}
	if webpage.IsPage(f.Name) {
		return webpage.Parse(f.Name, f.Data, "", "")
	}
	return article.Parse(f.Name, f.Data)
}

// Article parses the file as an article: a saved web page or text (see the article package).
func (f File) Article() (graph.Document, error) { return f.article() }

// Accepts reports whether a file of that name is read as an article or an overlay: what ingest reads in a
// folder, and what a server takes in an upload.
func Accepts(name string) bool { return isOverlay(name) || isArticle(name) }

func isOverlay(name string) bool {
	return strings.HasSuffix(name, ".overlay.yaml") || strings.HasSuffix(name, ".overlay.yml")
}

// isArticle says which files in a folder are articles: .txt and .md files other than READMEs, and saved web
// pages (.html, .htm).
func isArticle(name string) bool {
	base := strings.ToLower(filepath.Base(name))
	return (strings.HasSuffix(base, ".txt") || strings.HasSuffix(base, ".md") || webpage.IsPage(base)) && !strings.HasPrefix(base, "readme")
}

// Skipped is an entry of a folder that looked like an article or an overlay and was not read: a link that
// leads out of the folder, a link to a folder, or something that is not a regular file (a named pipe, a
// device, a socket), which could hang a read or never end.
type Skipped struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// Found is what Read found.
type Found struct {
	Files   []File    // some may carry the Err that kept them from being read
	Skipped []Skipped // in the order met
}

// Read reads the files named, and in folders (recursively) the articles and overlays they hold. A file
// named explicitly is an overlay if its name says so and an article otherwise, and a link named explicitly
// is followed. In a folder, a link is followed only to a file inside that folder; a link out of it, a link to
// a folder and anything that is not a regular file are skipped. A file that cannot be read (too large,
// unreadable, a link to nothing) carries its Err, so that it fails alone. The error is ENOTFOUND for a path
// given that does not exist, before anything is read.
func Read(paths []string) (Found, error) {
	for _, p := range paths {
		if _, err := os.Stat(p); errors.Is(err, fs.ErrNotExist) {
			return Found{}, graph.Errorf(graph.ENOTFOUND, "%s: no such file or folder", p)
		}
	}
	var found Found
	for _, p := range paths {
		real, err := realPath(p)
		var info fs.FileInfo
		if err == nil {
			info, err = os.Stat(real)
		}
		switch {
		case err != nil:
			found.Files = append(found.Files, File{Name: p, Err: graph.Errorf(graph.EINVALID, "%s: cannot read it: %v", p, unwrapPath(err))})
		case info.IsDir():
			found.readDir(p, real)
		default:
			found.Files = append(found.Files, readFile(real, p, filepath.Base(p)))
		}
	}
	return found, nil
}

// ReadPaths is Read without what it skipped.
func ReadPaths(paths []string) ([]File, error) {
	found, err := Read(paths)
	return found.Files, err
}

// realPath is the absolute path p leads to, through any links.
func realPath(p string) (string, error) {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", err
	}
	return filepath.Abs(real)
}

// readDir walks folder dir, whose real path is root. Links are resolved to where they lead, and followed
// only when that is a regular file inside root; fs.WalkDir does not descend into linked folders.
func (found *Found) readDir(dir, root string) {
	err := fs.WalkDir(os.DirFS(dir), ".", func(rel string, d fs.DirEntry, err error) error {
		name := filepath.Join(dir, filepath.FromSlash(rel))
		if err != nil {
			// An unreadable folder fails alone: the walk goes on beside it.
			found.Files = append(found.Files, File{Name: name, Err: graph.Errorf(graph.EINVALID, "%s: cannot read it: %v", name, unwrapPath(err))})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !(isOverlay(rel) || isArticle(rel) || feed.IsFeedName(rel)) {
			return nil
		}
		real := name
		if d.Type()&fs.ModeSymlink != 0 {
			target, err := realPath(name)
			if errors.Is(err, fs.ErrNotExist) {
				dest, _ := os.Readlink(name)
				found.Files = append(found.Files, File{Name: name, Rel: rel, Err: graph.Errorf(graph.ENOTFOUND, "%s: a link to %s, which does not exist", name, dest)})
				return nil
			} else if err != nil {
				found.Files = append(found.Files, File{Name: name, Rel: rel, Err: graph.Errorf(graph.EINVALID, "%s: cannot follow the link: %v", name, unwrapPath(err))})
				return nil
			}
			if inside, err := filepath.Rel(root, target); err != nil || !filepath.IsLocal(inside) {
				found.Skipped = append(found.Skipped, Skipped{Path: name, Reason: "a link out of the folder, to " + target})
				return nil
			}
			real = target
		}
		info, err := os.Stat(real)
		if err != nil {
			found.Files = append(found.Files, File{Name: name, Rel: rel, Err: graph.Errorf(graph.EINVALID, "%s: %v", name, unwrapPath(err))})
			return nil
		}
		if !info.Mode().IsRegular() {
			found.Skipped = append(found.Skipped, Skipped{Path: name, Reason: "not a regular file but " + describe(info.Mode())})
			return nil
		}
		found.Files = append(found.Files, readFile(real, name, rel))
		return nil
	})
	if err != nil { // only when dir itself cannot be walked
		found.Files = append(found.Files, File{Name: dir, Err: graph.Errorf(graph.EINVALID, "%s: cannot read it: %v", dir, unwrapPath(err))})
	}
}

// ReadFS reads the articles and overlays in fsys, e.g. the embedded seeds; prefix is put before their paths
// in messages. A file that cannot be read fails the whole read, as fsys is the program's own.
func ReadFS(fsys fs.FS, prefix string) ([]File, error) {
	var files []File
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !(isOverlay(p) || isArticle(p) || feed.IsFeedName(p)) {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		files = append(files, File{Name: path.Join(prefix, p), Rel: p, Data: data})
		return nil
	})
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "reading %s: %v", prefix, err)
	}
	return files, nil
}

// maxFile bounds what is read into memory; the parsers have their own, smaller limits.
const maxFile = 16 << 20

// readFile reads the regular file at path p, named name in messages and rel in the store. It opens p without
// blocking and without following a link (openFlags), checks that what it opened is a regular file, and
// reads at most maxFile bytes, so that a file swapped for a named pipe or a link to /dev/zero after it was
// looked at can neither hang nor fill memory.
func readFile(p, name, rel string) File {
	f := File{Name: name, Rel: rel}
	fd, err := os.OpenFile(p, os.O_RDONLY|openFlags, 0)
	if err != nil {
		f.Err = graph.Errorf(graph.EINVALID, "%s: cannot read it: %v", name, unwrapPath(err))
		return f
	}
	defer fd.Close()
	info, err := fd.Stat()
	switch {
	case err != nil:
		f.Err = graph.Errorf(graph.EINVALID, "%s: cannot read it: %v", name, unwrapPath(err))
		return f
	case !info.Mode().IsRegular():
		f.Err = graph.Errorf(graph.EINVALID, "%s: not a regular file but %s", name, describe(info.Mode()))
		return f
	case info.Size() > maxFile:
		f.Err = tooLarge(name, info.Size())
		return f
	}
	data, err := io.ReadAll(io.LimitReader(fd, maxFile+1))
	switch {
	case err != nil:
		f.Err = graph.Errorf(graph.EINVALID, "%s: cannot read it: %v", name, unwrapPath(err))
	case len(data) > maxFile:
		f.Err = tooLarge(name, int64(len(data)))
	default:
		f.Data = data
	}
	return f
}

func tooLarge(name string, size int64) error {
	return graph.Errorf(graph.ETOOLARGE, "%s: %d bytes is too large for an article or overlay (at most %d)", name, size, maxFile)
}

// describe names the kind of a file that is not a regular one.
func describe(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a link"
	}
	return fmt.Sprintf("a special file (%v)", m.Type())
}

// unwrapPath drops the operation and path an *fs.PathError repeats ("open x.txt: permission denied"), since
// messages name the file themselves.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
