package graph

import (
	"unicode/utf8"
)

// Relationship corrections that state something the layers do not: a relationship added from a sentence, a
// relationship moved to another type or the other way round. layer.Corrections applies them on every read,
// with the evidence kept with the relationship, so they hold when the articles are ingested again.
const (
	// ActionAdd states the relationship Relation (FROM|TYPE|TO) with one sentence as its evidence: Document,
	// Start and End (characters into the article's text) name it, and the store fills in Text. Stance, if
	// given, is the sentence's; otherwise the type's default.
	ActionAdd = "add"
	// ActionRetype gives the relationship Relation the type Type; its evidence goes with it.
	ActionRetype = "retype"
	// ActionReverse turns the relationship Relation the other way round (TO|TYPE|FROM); its evidence goes
	// with it. A symmetric type has no direction to turn.
	ActionReverse = "reverse"
)

// MaxAddedSentence bounds the sentence a relationship is added from, in characters: a long sentence with
// room, not a paragraph.
const MaxAddedSentence = 2_000

// IsRelationEdit reports whether the action states a relationship the layers do not: an addition, a new
// type or a new direction.
func IsRelationEdit(action string) bool {
	switch action {
	case ActionAdd, ActionRetype, ActionReverse:
		return true
	}
	return false
}

// validateRelationEdit checks the fields of an addition, a retype and a reversal. The type and direction
// are in the relationship's id, so everything but whether the relationship exists is checked here.
func (c Correction) validateRelationEdit(fail func(string, ...any) error) error {
	if c.Relation == "" {
		return fail("name the relationship, \"relation\": \"FROM|TYPE|TO\"")
	}
	from, typ, to, ok := SplitRelationID(c.Relation)
	if !ok || from == "" || to == "" {
		return fail("relation %q is not an id FROM|TYPE|TO", Clip(c.Relation))
	}
	info, ok := RelType(typ).Info()
	if !ok {
		return fail("relation %q: unknown type %q", Clip(c.Relation), Clip(typ))
	}
	if c.Entity != "" {
		return fail("takes no \"entity\"")
	}
	if c.Action != ActionAdd && (c.Document != "" || c.Start != 0 || c.End != 0 || c.Stance != "" || c.Text != "") {
		return fail("takes only \"relation\"%s and \"reason\"", map[bool]string{true: ", \"type\""}[c.Action == ActionRetype])
	}
	if c.Action != ActionRetype && c.Type != "" {
		return fail("takes no \"type\"")
	}
	switch c.Action {
	case ActionAdd:
		for _, id := range []string{from, to} {
			if k, ok := KindOfID(id); !ok || isNotKind(k) {
				return fail("%q is not an actor id such as \"person:xi-jinping\"", Clip(id))
			}
		}
		if from == to {
			return fail("a relationship joins two actors, not %s with itself", Clip(from))
		}
		if info.Symmetric && to < from {
			return fail("relation %q: %s is symmetric, so its id names the actors in order: %s", Clip(c.Relation), typ, RelationID(to, info.Type, from))
		}
		if c.Document == "" || c.Start < 0 || c.End <= c.Start {
			return fail("name the sentence: \"document\", and its \"start\" and \"end\" in characters")
		}
		if c.End-c.Start > MaxAddedSentence {
			return fail("the sentence is %d characters long, over the limit of %d: select one sentence", c.End-c.Start, MaxAddedSentence)
		}
		if c.Stance != "" {
			if _, err := ParseStance(string(c.Stance)); err != nil {
				return fail("%s", ErrorMessage(err))
			}
		}
		if !utf8.ValidString(c.Text) {
			return fail("the text is not valid UTF-8")
		}
	case ActionRetype:
		if c.Type == "" {
			return fail("give the new type, \"type\", from the vocabulary")
		}
		if _, ok := c.Type.Info(); !ok {
			return fail("unknown type %q", Clip(string(c.Type)))
		}
		if c.Type == info.Type {
			return fail("relation %q is of type %s already", Clip(c.Relation), typ)
		}
	case ActionReverse:
		if info.Symmetric {
			return fail("%s is symmetric: it has no direction to turn", typ)
		}
	}
	return nil
}

// Target returns the id of the relationship a retype or a reversal makes of Relation: the type or the
// direction changed, with the actors of a symmetric type in order. It is Relation for any other action.
func (c Correction) Target() string {
	from, typ, to, ok := SplitRelationID(c.Relation)
	if !ok {
		return c.Relation
	}
	t := RelType(typ)
	switch c.Action {
	case ActionRetype:
		t = c.Type
	case ActionReverse:
		from, to = to, from
	default:
		return c.Relation
	}
	if info, _ := t.Info(); info.Symmetric && to < from {
		from, to = to, from
	}
	return RelationID(from, t, to)
}

func isNotKind(k Kind) bool {
	_, err := ParseKind(string(k))
	return err != nil
}
