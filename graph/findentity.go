package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// ResolveEntity turns what a person typed into an entity id: an id as is; else a name or alias that exactly
// one entity has (after folding case, accents and punctuation); else the only entity search finds. The CLI's
// --focus and the API's focus=, from=, to=, a= and b= take names through it, so "Tokayev" works wherever
// "person:kassym-jomart-tokayev" does.
// Errors: ENOTFOUND when nothing matches, or when several entities do (the message lists them, with their
// ids, best first).
func ResolveEntity(ctx context.Context, s Store, ref string) (string, error) {
	e, err := s.Entity(ctx, ref)
	if err == nil {
		return e.ID, nil
	} else if ErrorCode(err) != ENOTFOUND {
		return "", err
	}
	var notFound error = Errorf(ENOTFOUND, "no actor matches %q", Clip(ref))
	if k, ok := KindOfID(ref); ok && slices.Contains(Kinds, k) {
		notFound = err // an id: the store's own "no entity with id" says it better
	}
	if _, err := SearchQuery(ref, 10); err != nil {
		return "", notFound // nothing search could find by it
	}
	hits, err := s.Search(ctx, ref, 10)
	if err != nil {
		return "", err
	}
	q := Fold(ref)
	var exact []Entity
	for _, h := range hits {
		if SearchScore(h, q) == 0 {
			exact = append(exact, h)
		}
	}
	switch {
	case len(exact) == 1:
		return exact[0].ID, nil
	case len(exact) == 0 && len(hits) == 1:
		return hits[0].ID, nil
	case len(hits) == 0:
		return "", notFound
	}
	if len(exact) > 1 {
		hits = exact
	}
	names := make([]string, 0, len(hits))
	for _, h := range hits {
		names = append(names, fmt.Sprintf("%s (%s)", Clip(h.Name), h.ID))
	}
	return "", Errorf(ENOTFOUND, "%q matches several actors; give one of these ids: %s", Clip(ref), strings.Join(names, ", "))
}
