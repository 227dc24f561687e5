package eval

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/ingest/article"
	"github.com/actorgraph/actorgraph/ingest/overlay"
)

// Split reads the articles of a folder and their gold overlays, in name order; extra paths (the seed) come
// first.
func Split(dir string, extra ...string) ([]Doc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	slices.Sort(paths)
	var out []Doc
	for _, p := range append(extra, paths...) {
		d, err := Load(p)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// Load reads one article and the gold overlay beside it.
func Load(path string) (Doc, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Doc{}, err
	}
	d, err := article.Parse(path, data)
	if err != nil {
		return Doc{}, err
	}
	op := strings.TrimSuffix(path, ".txt") + ".overlay.yaml"
	odata, err := os.ReadFile(op)
	if err != nil {
		return Doc{}, err
	}
	o, err := overlay.Parse(op, odata)
	if err != nil {
		return Doc{}, err
	}
	gold, err := o.Batch(d, nil)
	if err != nil {
		return Doc{}, err
	}
	return Doc{Name: d.ID, Doc: d, Gold: gold}, nil
}
