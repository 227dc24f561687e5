package view

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
	"github.com/actorgraph/actorgraph/render"
)

// Range is a period of publication dates, YYYY-MM-DD; an empty end is open.
type Range struct{ From, To string }

// ParseRange reads "FROM..TO", either end optional ("..2022-01-06", "2022-01-07.."), or a single date for
// that day. Errors: EINVALID.
func ParseRange(s string) (Range, error) {
	s = strings.TrimSpace(s)
	from, to, ok := strings.Cut(s, "..")
	if !ok {
		from, to = s, s
	}
	r := Range{strings.TrimSpace(from), strings.TrimSpace(to)}
	if s == "" || s == ".." {
		return Range{}, graph.Errorf(graph.EINVALID, "a period is FROM..TO with dates YYYY-MM-DD, either end optional; got %q", s)
	}
	if err := (graph.Filter{From: r.From, To: r.To}).Validate(); err != nil {
		return Range{}, err
	}
	return r, nil
}

func (r Range) String() string {
	switch {
	case r.From == r.To:
		return r.From
	case r.From == "":
		return "until " + r.To
	case r.To == "":
		return "from " + r.From
	}
	return r.From + " to " + r.To
}

// within narrows f's dates to the range: the later start and the earlier end.
func (r Range) within(f graph.Filter) graph.Filter {
	if r.From != "" && r.From > f.From {
		f.From = r.From
	}
	if r.To != "" && (f.To == "" || r.To < f.To) {
		f.To = r.To
	}
	return f
}

// Change is a relationship whose stance differs between the two periods.
type Change struct {
	Relation graph.Relation `json:"relation"` // as the later period has it, with its evidence
	Before   graph.Stance   `json:"before"`
	After    graph.Stance   `json:"after"`
}

// ChangesBody is the JSON answer of Changes.
type ChangesBody struct {
	Appeared []graph.Relation `json:"appeared"`
	// Ended lists what the later period states has ended, NotMentioned what it is silent about (see
	// analyze.Diff).
	Ended        []analyze.Ending `json:"ended"`
	NotMentioned []graph.Relation `json:"not_mentioned"`
	Changed      []Change         `json:"changed"`
	Subgraph     graph.Subgraph   `json:"subgraph"`
}

// Changes answers "what changed?": the same neighbourhood (q) seen through the evidence of two periods,
// each narrowing q's own dates, compared by relationship (see analyze.Diff). The subgraph is the later view
// with what it no longer states added back; the drawing marks what appeared, ended, is not mentioned later
// or changed stance.
//
// Errors: those of Store.Neighborhood.
func Changes(ctx context.Context, st graph.Store, q graph.NeighborhoodQuery, before, after Range) (View, error) {
	qb, qa := q, q
	qb.Filter, qa.Filter = before.within(q.Filter), after.within(q.Filter)
	was, err := st.Neighborhood(ctx, qb)
	if err != nil {
		return View{}, err
	}
	is, err := st.Neighborhood(ctx, qa)
	if err != nil {
		return View{}, err
	}
	d := analyze.Diff(was, is)

	sg := is
	sg.Entities = slices.Clone(is.Entities)
	sg.Relations = slices.Clone(is.Relations)
	sg.Documents = slices.Clone(is.Documents)
	for _, e := range was.Entities {
		if _, ok := is.Entity(e.ID); !ok {
			sg.Entities = append(sg.Entities, e)
		}
	}
	slices.SortFunc(sg.Entities, func(a, b graph.Entity) int { return cmp.Compare(a.ID, b.ID) })
	sg.Relations = append(sg.Relations, d.NotMentioned...)
	for _, e := range d.Ended {
		sg.Relations = append(sg.Relations, e.Relation)
	}
	slices.SortFunc(sg.Relations, func(a, b graph.Relation) int { return cmp.Compare(a.ID, b.ID) })
	for _, doc := range was.Documents {
		if !slices.ContainsFunc(sg.Documents, func(x graph.Document) bool { return x.ID == doc.ID }) {
			sg.Documents = append(sg.Documents, doc)
		}
	}
	slices.SortFunc(sg.Documents, func(a, b graph.Document) int {
		return cmp.Or(cmp.Compare(a.Published, b.Published), cmp.Compare(a.ID, b.ID))
	})
	if len(was.Omitted) > 0 {
		sg.Omitted = map[graph.Kind]int{}
		for k, n := range is.Omitted {
			sg.Omitted[k] = n
		}
		for k, n := range was.Omitted {
			sg.Omitted[k] = max(sg.Omitted[k], n)
		}
	}

	marks := map[string]render.Mark{}
	body := ChangesBody{Appeared: d.Appeared, Ended: d.Ended, NotMentioned: d.NotMentioned, Changed: make([]Change, len(d.ChangedStance)), Subgraph: sg}
	for _, r := range d.Appeared {
		marks[r.ID] = render.MarkAppeared
	}
	for _, e := range d.Ended {
		marks[e.Relation.ID] = render.MarkEnded
	}
	for _, r := range d.NotMentioned {
		marks[r.ID] = render.MarkNotMentioned
	}
	for i, c := range d.ChangedStance {
		body.Changed[i] = Change{Relation: c.Relation, Before: c.Before, After: c.After}
		marks[c.Relation.ID] = render.MarkChanged
	}
	names := make([]string, 0, len(q.Focus))
	for _, id := range q.Focus {
		names = append(names, name(sg, id))
	}
	return View{
		Name:     "changes",
		Subgraph: sg,
		Body:     body,
		Drawing: render.Options{
			// Short enough for the title's 120 characters with the CSTO's name and two periods.
			Title: fmt.Sprintf("%s: %d new, %d ended, %d changed, %d not mentioned (%s vs %s)",
				strings.Join(names, ", "), len(d.Appeared), len(d.Ended), len(d.ChangedStance), len(d.NotMentioned), after, before),
			EdgeMarks: marks,
		},
	}, nil
}

// DefaultPeriods are the two periods the page compares when none is given, and so the CLI's: the documents'
// distinct publication dates split at the middle one, until the day before it against from it on. With no
// dated document the split is today.
func DefaultPeriods(docs []graph.Document, today time.Time) (before, after Range) {
	seen := map[string]bool{}
	var dates []string
	for _, d := range docs {
		if _, err := time.Parse(time.DateOnly, d.Published); err == nil && !seen[d.Published] {
			seen[d.Published] = true
			dates = append(dates, d.Published)
		}
	}
	slices.Sort(dates)
	split := today.UTC().Format(time.DateOnly)
	if len(dates) > 0 {
		split = dates[len(dates)/2]
	}
	day, _ := time.Parse(time.DateOnly, split)
	return Range{To: day.AddDate(0, 0, -1).Format(time.DateOnly)}, Range{From: split}
}
