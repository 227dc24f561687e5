package server

import (
	"context"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/ingest/overlay"
)

// pendingEdits are the edits sent with an article to store, waiting for it to be stored to be recorded as
// corrections.
type pendingEdits struct {
	document string
	edits    []overlay.Correction
	existed  map[string]bool // the actors left out that the graph held before the article
	reason   string
}

// prepareEdits checks the edits sent with the article (each must name what the extractor read from it,
// which a dry run of the ingest tells, the same check a preview makes) and takes them off the article: it
// is stored as the extractor read it, and recordEdits records them after, with the editor's name and the
// reason, so that the trail shows them and each can be undone. Nil when there are none.
func (s *Server) prepareEdits(ctx context.Context, in ingest.Ingester, articles []ingest.Article, reason string) (*pendingEdits, error) {
	if len(articles) != 1 || len(articles[0].Corrections) == 0 {
		return nil, nil
	}
	if _, err := s.corrector(); err != nil {
		return nil, err
	}
	p := &pendingEdits{document: articles[0].Document.ID, edits: articles[0].Corrections, existed: map[string]bool{}, reason: reason}
	if strings.TrimSpace(reason) == "" {
		return nil, graph.Errorf(graph.EINVALID, "give a \"reason\" for the edits: they are recorded as corrections, and the trail says why each was made")
	}
	if err := graph.CheckLength("the reason", strings.TrimSpace(reason), graph.MaxReasonLength); err != nil {
		return nil, err
	}
	in.DryRun = true
	rep, err := in.IngestArticles(ctx, articles)
	if err != nil {
		return nil, err
	}
	if err := rep.Err(); err != nil {
		return nil, err
	}
	for _, e := range p.edits {
		if e.Op != overlay.OpDropEntity {
			continue
		}
		if _, err := s.store.Entity(ctx, e.ID); err == nil {
			p.existed[e.ID] = true
		} else if graph.ErrorCode(err) != graph.ENOTFOUND {
			return nil, err
		}
	}
	articles[0].Corrections = nil
	return p, nil
}

// recordEdits records the edits made in the preview as corrections by the editor, now that the article is
// stored: a relationship left out rejects the sentences this article gives it (another article stating it
// keeps it drawn); an actor left out is hidden when this article brought it, and otherwise loses the
// sentences this article gives its relationships; a new name is a rename. Renames come last, as they
// change ids the others name.
func (s *Server) recordEdits(ctx context.Context, p *pendingEdits, editor string) ([]graph.Correction, error) {
	cr, err := s.corrector()
	if err != nil {
		return nil, err
	}
	var out []graph.Correction
	correct := func(c graph.Correction) error {
		c.Reason, c.Editor = p.reason, editor
		done, err := cr.Correct(ctx, c)
		switch {
		case err == nil:
			out = append(out, done)
		case graph.ErrorCode(err) != graph.ECONFLICT: // a correction in force does it already
			return err
		}
		return nil
	}
	rejectSentences := func(actor, relation string) error {
		rels, err := s.store.Adjacent(ctx, []string{actor}, graph.Filter{Documents: []string{p.document}})
		if err != nil {
			return err
		}
		for _, r := range rels {
			if relation != "" && r.ID != relation {
				continue
			}
			for _, ev := range r.Evidence {
				if err := correct(graph.Correction{Action: graph.ActionRejectSentence, Relation: r.ID, Document: ev.Document, Start: ev.Start, End: ev.End}); err != nil {
					return err
				}
			}
		}
		return nil
	}
	edits := slices.Clone(p.edits)
	slices.SortStableFunc(edits, func(a, b overlay.Correction) int {
		return map[bool]int{true: 1}[a.Op == overlay.OpRename] - map[bool]int{true: 1}[b.Op == overlay.OpRename]
	})
	for _, e := range edits {
		switch e.Op {
		case overlay.OpDropRelation:
			from, _, _, _ := graph.SplitRelationID(e.ID)
			err = rejectSentences(from, e.ID)
		case overlay.OpDropEntity:
			if p.existed[e.ID] {
				err = rejectSentences(e.ID, "")
			} else {
				err = correct(graph.Correction{Action: graph.ActionHide, Entity: e.ID})
			}
		case overlay.OpRename:
			err = correct(graph.Correction{Action: graph.ActionRename, Entity: e.ID, Name: e.Name})
		}
		if err != nil {
			return out, graph.Errorf(graph.ErrorCode(err), "the article is stored, but edit %d was not recorded: %s", e.Line, graph.ErrorMessage(err))
		}
	}
	return out, nil
}
