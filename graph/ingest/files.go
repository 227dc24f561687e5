package ingest

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// File is an input file: an article or an overlay.
type File struct {
	Name string // the path, for messages
	Data []byte
}

// IsOverlay reports whether the file is an overlay (named *.overlay.yaml or *.overlay.yml).
func (f File) IsOverlay() bool {
	return isOverlay(f.Name)
}

func isOverlay(name string) bool {
	return strings.HasSuffix(name, ".overlay.yaml") || strings.HasSuffix(name, ".overlay.yml")
}

// isArticle says which files in a folder are articles: .txt and .md files other than READMEs.
func isArticle(name string) bool {
	base := strings.ToLower(filepath.Base(name))
	return (strings.HasSuffix(base, ".txt") || strings.HasSuffix(base, ".md")) && !strings.HasPrefix(base, "readme")
}

// ReadPaths reads the files named, and in folders (recursively) the articles and overlays they hold. A file
// named explicitly is an overlay if its name says so and an article otherwise.
func ReadPaths(paths []string) ([]File, error) {
	var files []File
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, graph.Errorf(graph.ENOTFOUND, "%s: no such file or folder", p)
		}
		if !info.IsDir() {
			f, err := readFile(os.DirFS(filepath.Dir(p)), filepath.Base(p), p)
			if err != nil {
				return nil, err
			}
			files = append(files, f)
			continue
		}
		more, err := readDir(os.DirFS(p), p)
		if err != nil {
			return nil, err
		}
		files = append(files, more...)
	}
	return files, nil
}

// ReadFS reads the articles and overlays in fsys, e.g. the embedded seeds.
func ReadFS(fsys fs.FS, prefix string) ([]File, error) {
	return readDir(fsys, prefix)
}

func readDir(fsys fs.FS, prefix string) ([]File, error) {
	var files []File
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !(isOverlay(path) || isArticle(path)) {
			return nil
		}
		f, err := readFile(fsys, path, filepath.Join(prefix, path))
		if err != nil {
			return err
		}
		files = append(files, f)
		return nil
	})
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "reading %s: %v", prefix, err)
	}
	return files, nil
}

// maxFile bounds what is read into memory; the parsers have their own, smaller limits.
const maxFile = 16 << 20

func readFile(fsys fs.FS, path, name string) (File, error) {
	info, err := fs.Stat(fsys, path)
	if err != nil {
		return File{}, graph.Errorf(graph.ENOTFOUND, "%s: %v", name, err)
	}
	if info.Size() > maxFile {
		return File{}, graph.Errorf(graph.ETOOLARGE, "%s: %d bytes is too large for an article or overlay", name, info.Size())
	}
	data, err := fs.ReadFile(fsys, path)
	if err != nil {
		return File{}, graph.Errorf(graph.EINVALID, "%s: %v", name, err)
	}
	return File{Name: name, Data: data}, nil
}
