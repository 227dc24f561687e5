package ingest

import (
	"context"
	"regexp"
	"strconv"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest/overlay"
)

// importCorrections adds the overlays' editor corrections, each overlay's all or none, once the documents
// they name are written. A correction refused is reported with the overlay's file, line and column.
func (in *Ingester) importCorrections(ctx context.Context, rep Report, overlays []*overlay.Overlay) (Report, error) {
	for _, o := range overlays {
		cs := make([]graph.Correction, len(o.EditorCorrections))
		for i, c := range o.EditorCorrections {
			cs[i] = c.Correction
		}
		n, err := in.Corrections.Import(ctx, cs)
		if err != nil {
			if storeFailed(err) {
				return rep, err
			}
			rep.fail(DocReport{Overlays: []string{o.File}}, graph.Errorf(graph.ErrorCode(err), "%s", where(o, graph.ErrorMessage(err))))
			continue
		}
		rep.Corrections += n
	}
	var err error
	rep.After, err = in.Store.Stats(ctx)
	return rep, err
}

// numbered finds the number an importer gives the correction it refuses.
var numbered = regexp.MustCompile(`^correction (\d+) `)

// where puts the file, line and column of the correction a message numbers before it.
func where(o *overlay.Overlay, msg string) string {
	if m := numbered.FindStringSubmatch(msg); m != nil {
		if i, _ := strconv.Atoi(m[1]); i >= 1 && i <= len(o.EditorCorrections) {
			c := o.EditorCorrections[i-1]
			return o.File + ":" + strconv.Itoa(c.Line) + ":" + strconv.Itoa(c.Column) + ": editor " + msg
		}
	}
	return o.File + ": " + msg
}
