// Package ingest loads articles and overlays into a store: it reads the files, runs the extractor over each
// article, resolves the actors it finds against those already known (ingest/resolve), applies the analysts'
// overlays (their corrections to the text layer, and their own layer), and writes each document with all its
// facts in one atomic step, so a document that fails leaves the store as it was.
package ingest

import (
	"cmp"
	"context"
	"log/slog"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest/overlay"
	"github.com/actorgraph/actorgraph/ingest/resolve"
)

// Extractor reads a document's text and returns what it states: the text layer of the document. A nil
// Extractor stores documents without extracted facts.
type Extractor interface {
	Extract(ctx context.Context, doc graph.Document) (graph.Batch, error)
}

// Ingester loads files into a store.
type Ingester struct {
	Store     graph.Store
	Extractor Extractor
	Logger    *slog.Logger
	// Progress, when set, is called after each document with the number done and the number to do.
	Progress func(done, total int)
	// DryRun builds every document's layers without writing them: each DocReport carries its Batches.
	DryRun bool
	// GroupRows bounds how much one call of Store.Ingest writes: documents are written several to a call
	// (one transaction) until they hold this many rows (entities, relationships and sentences); 0 means
	// DefaultGroupRows, 1 one document per call.
	GroupRows int
	// Corrections takes the editor corrections of overlays (their editor_corrections), after the documents
	// are written. Nil refuses an overlay that holds any: only a command run by whoever holds the store may
	// write a trail in others' names.
	Corrections CorrectionImporter
}

// CorrectionImporter adds exported editor corrections to a store (*corrected.Store does), all or none,
// returning how many it added; an error names the correction by its number from 1.
type CorrectionImporter interface {
	Import(ctx context.Context, cs []graph.Correction) (int, error)
}

// DocReport is what happened to one document.
type DocReport struct {
	Document  string   `json:"document"`
	File      string   `json:"file,omitempty"` // the article file; empty when only overlays were given
	Overlays  []string `json:"overlays,omitempty"`
	Unchanged bool     `json:"unchanged"` // every layer was already stored as given
	Error     string   `json:"error,omitempty"`
	// Merges lists the entities of the document's text that were taken for entities the graph already
	// knew under another name (see ingest/resolve), and the overlays' corrections.
	Merges []resolve.Merge `json:"merges,omitempty"`
	// Batches are the document's layers as built, the text layer first (written unless DryRun).
	Batches []graph.Batch `json:"-"`
	// Warnings say what the document lacks that views need: a publication date, without which Changes
	// and the date filters leave its evidence out.
	Warnings []string `json:"warnings,omitempty"`
}

// storedDated reports whether the store holds the document with a publication date, which an ingest
// without one keeps (an editor may have set it in the app).
func (in *Ingester) storedDated(ctx context.Context, id string) bool {
	d, err := in.Store.Document(ctx, id)
	return err == nil && d.Published != ""
}

// NoDateWarning is the warning of a document without a publication date.
const NoDateWarning = "no publication date: Changes and the date filters (from, to) leave its sentences out; give one with \"published: YYYY-MM-DD\" in front matter, or set it in the app's article view"

// Report is what an ingest did.
type Report struct {
	Documents []DocReport `json:"documents"`
	Before    graph.Stats `json:"before"`
	After     graph.Stats `json:"after"`
	Failed    int         `json:"failed"` // documents or files that could not be ingested
	// Corrections counts the editor corrections added from overlays (those the store held already are
	// not counted).
	Corrections int `json:"corrections,omitempty"`
}

// Err returns an error summarising the failures, or nil.
func (r Report) Err() error {
	if r.Failed == 0 {
		return nil
	}
	var msgs []string
	for _, d := range r.Documents {
		if d.Error != "" {
			msgs = append(msgs, d.Error)
		}
	}
	return graph.Errorf(graph.EINVALID, "%d of %d inputs failed:\n  %s", r.Failed, len(r.Documents), strings.Join(msgs, "\n  "))
}

// Ingest loads the files. Each document is written with its text layer and its overlays in one atomic step,
// several documents to a step (see GroupRows); a file or document that fails is reported and skipped, and
// the others are still ingested. The error is non-nil only when the store itself fails (the report then
// tells what was done before, and which documents were left waiting).
func (in *Ingester) Ingest(ctx context.Context, files []File) (Report, error) {
	var rep Report
	docs := map[string]Article{}
	overlays := map[string][]*overlay.Overlay{}
	var editors []*overlay.Overlay
	for _, f := range files {
		if f.IsOverlay() {
			o, err := f.overlay()
			if err != nil {
				rep.fail(DocReport{Overlays: []string{f.Name}}, err)
				continue
			}
			if len(o.EditorCorrections) > 0 {
				if in.Corrections == nil {
					rep.fail(DocReport{Overlays: []string{f.Name}}, graph.Errorf(graph.EINVALID,
						"%s: editor_corrections are added by `actorgraph ingest` or `actorgraph corrections import` on the store, not here", f.Name))
					continue
				}
				editors = append(editors, o)
			}
			if o.Document != "" {
				overlays[o.Document] = append(overlays[o.Document], o)
			}
			continue
		}
		d, err := f.article()
		if err != nil {
			rep.fail(DocReport{File: f.Name}, err)
			continue
		}
		if prev, dup := docs[d.ID]; dup {
			rep.fail(DocReport{Document: d.ID, File: f.Name}, graph.Errorf(graph.ECONFLICT, "%s: document id %q is already used by %s", f.Name, d.ID, prev.Name))
			continue
		}
		docs[d.ID] = Article{Name: f.Name, Document: d}
	}
	rep, err := in.ingest(ctx, rep, docs, overlays)
	if err != nil || len(editors) == 0 || in.DryRun {
		return rep, err
	}
	return in.importCorrections(ctx, rep, editors)
}

// Article is a document read elsewhere than from a file (the server's JSON), with the corrections an
// editor made to what the extractor read from it before it was stored.
type Article struct {
	Name        string // for messages: the file name, or what the document was sent as
	Document    graph.Document
	Corrections []overlay.Correction // applied to the text layer as an overlay's are, after them
}

// IngestArticles loads documents as Ingest loads article files.
func (in *Ingester) IngestArticles(ctx context.Context, articles []Article) (Report, error) {
	var rep Report
	docs := map[string]Article{}
	for _, a := range articles {
		if prev, dup := docs[a.Document.ID]; dup {
			rep.fail(DocReport{Document: a.Document.ID, File: a.Name}, graph.Errorf(graph.ECONFLICT, "%s: document id %q is already used by %s", a.Name, a.Document.ID, prev.Name))
			continue
		}
		docs[a.Document.ID] = a
	}
	return in.ingest(ctx, rep, docs, nil)
}

// fail reports a document or file that could not be ingested.
func (r *Report) fail(d DocReport, err error) {
	d.Error = graph.ErrorMessage(err)
	r.Documents = append(r.Documents, d)
	r.Failed++
}

func (in *Ingester) ingest(ctx context.Context, rep Report, docs map[string]Article, overlays map[string][]*overlay.Overlay) (Report, error) {
	var err error
	if rep.Before, err = in.Store.Stats(ctx); err != nil {
		return rep, err
	}
	ids := make([]string, 0, len(docs)+len(overlays))
	for id := range docs {
		ids = append(ids, id)
	}
	for id := range overlays {
		if _, ok := docs[id]; !ok {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	// The overlays of the whole run are known before any text is resolved, so that an analyst's name for an
	// actor wins whichever document is ingested first.
	res := resolve.New(in.Store)
	for _, id := range ids {
		for _, o := range overlays[id] {
			for _, e := range o.Entities {
				res.Add(graph.NewEntity(e.Kind, e.Name, e.Aliases...))
			}
		}
	}
	w := writer{in: in, rep: &rep}
	for n, id := range ids {
		if in.Progress != nil && n > 0 {
			in.Progress(n, len(ids))
		}
		if err := ctx.Err(); err != nil {
			return rep, w.abandon(err)
		}
		if len(overlays[id]) > 0 {
			// An overlay names entities by what the store holds: write what waits first.
			if err := w.flush(ctx); err != nil {
				return rep, err
			}
		}
		d := DocReport{Document: id, File: docs[id].Name}
		if docs[id].Document.Published == "" && !in.storedDated(ctx, id) {
			d.Warnings = append(d.Warnings, NoDateWarning)
		}
		for _, o := range overlays[id] {
			d.Overlays = append(d.Overlays, o.File)
		}
		batches, merges, err := in.batches(ctx, id, docs, overlays[id], res)
		if err != nil {
			if storeFailed(err) {
				return rep, w.abandon(err)
			}
			rep.fail(d, err)
			continue
		}
		// The documents after this one resolve their actors against it before it is stored.
		for _, b := range batches {
			if b.Origin == graph.OriginText {
				res.Add(b.Entities...)
			}
		}
		d.Merges, d.Batches = merges, batches
		if in.DryRun {
			rep.Documents = append(rep.Documents, d)
			continue
		}
		if err := w.add(ctx, d, batches); err != nil {
			return rep, err
		}
	}
	if err := w.flush(ctx); err != nil {
		return rep, err
	}
	if in.Progress != nil {
		in.Progress(len(ids), len(ids))
	}
	rep.After, err = in.Store.Stats(ctx)
	return rep, err
}

// storeFailed reports whether err is the store failing rather than a document being refused.
func storeFailed(err error) bool {
	c := graph.ErrorCode(err)
	return c == graph.EUNAVAILABLE || c == graph.EINTERNAL
}

// refused is the error reported for a document the store refused, saying which files it came from.
func refused(d DocReport, err error) error {
	where := cmp.Or(d.File, strings.Join(d.Overlays, ", "))
	return graph.Errorf(graph.ErrorCode(err), "%s: %s", where, graph.ErrorMessage(err))
}

// batches builds every layer of one document: the extractor's reading of the text, resolved against what
// the graph already knows and corrected by the overlays, and each overlay about it. The text layer is read
// when the article is among the files, or from the stored text when an overlay with corrections comes alone.
func (in *Ingester) batches(ctx context.Context, id string, docs map[string]Article, ovs []*overlay.Overlay, res *resolve.Resolver) ([]graph.Batch, []resolve.Merge, error) {
	art, ok := docs[id]
	doc := art.Document
	if !ok {
		var err error
		if doc, err = in.Store.Document(ctx, id); err != nil {
			if graph.ErrorCode(err) == graph.ENOTFOUND {
				return nil, nil, graph.Errorf(graph.ENOTFOUND, "%s: document %q is neither among the files given nor in the store; ingest its article too", ovs[0].File, id)
			}
			return nil, nil, err
		}
	}
	var out []graph.Batch
	var merges []resolve.Merge
	// The corrections of the overlays, then the editor's, apply to the text layer; only the overlays are
	// layers of their own.
	corrections := slices.Clone(ovs)
	if len(art.Corrections) > 0 {
		corrections = append(corrections, &overlay.Overlay{File: art.Name, Document: id, Corrections: art.Corrections})
	}
	corrects := slices.ContainsFunc(corrections, func(o *overlay.Overlay) bool { return len(o.Corrections) > 0 })
	if ok || (corrects && in.Extractor != nil) {
		text := graph.Batch{Document: doc, Origin: graph.OriginText}
		if in.Extractor != nil {
			extracted, err := in.Extractor.Extract(ctx, doc)
			if err != nil {
				return nil, nil, err
			}
			plan, err := res.Resolve(ctx, extracted)
			if err != nil {
				return nil, nil, err
			}
			for _, o := range corrections {
				if err := res.Correct(ctx, plan, o); err != nil {
					return nil, nil, err
				}
			}
			text, merges = plan.Batch(), plan.Merges()
		}
		out = append(out, text)
	}
	resolveRef := in.resolver(ctx)
	for _, o := range ovs {
		b, err := o.Batch(doc, resolveRef)
		if err != nil {
			return nil, nil, err
		}
		out = append(out, b)
	}
	return out, merges, nil
}

// resolver finds entities an overlay names without listing them: by id, or by a name or alias that exactly
// one stored entity has.
func (in *Ingester) resolver(ctx context.Context) overlay.Resolver {
	return func(ref string) (graph.Entity, bool, error) {
		if kind, _, ok := strings.Cut(ref, ":"); ok {
			if _, err := graph.ParseKind(kind); err == nil {
				e, err := in.Store.Entity(ctx, ref)
				if graph.ErrorCode(err) == graph.ENOTFOUND {
					return graph.Entity{}, false, nil
				}
				return e, err == nil, err
			}
		}
		q := graph.Fold(ref)
		if q == "" {
			return graph.Entity{}, false, nil
		}
		hits, err := in.Store.Search(ctx, ref, 10)
		if err != nil {
			return graph.Entity{}, false, err
		}
		var found []graph.Entity
		for _, h := range hits {
			if graph.SearchScore(h, q) == 0 {
				found = append(found, h)
			}
		}
		if len(found) == 1 {
			return found[0], true, nil
		}
		return graph.Entity{}, false, nil
	}
}

func (in *Ingester) log() *slog.Logger {
	if in.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return in.Logger
}
