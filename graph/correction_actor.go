package graph

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Actor corrections: they change what an actor is called, what kind it is, and which actors are one. The
// stored layers keep the names the articles use; layer.Actors maps them to the actors as corrected on every
// read, so a merge holds when the articles are ingested again and for a new article naming either actor.
const (
	// ActionMerge makes Entity and Into one actor, shown as Into with the names of both as aliases and the
	// relationships of both.
	ActionMerge = "merge"
	// ActionSplit takes the alias Name off the actor Entity and makes it an actor of its own, Into: an
	// actor merged in under that name leaves with all it brought; otherwise the sentences that name the
	// alias and none of the actor's other names move their relationships to the new actor.
	ActionSplit = "split"
	// ActionRename gives Entity the name Name; the old name stays an alias. The id follows the name (Into).
	ActionRename = "rename"
	// ActionKind makes Entity of kind Kind. The id follows the kind (Into).
	ActionKind = "kind"
	// ActionAddAlias gives Entity the alias Name, so search finds it by that name.
	ActionAddAlias = "add_alias"
	// ActionRemoveAlias takes the alias Name off Entity: it is no longer shown nor found by search.
	ActionRemoveAlias = "remove_alias"
)

// IsActorAction reports whether the action corrects an actor rather than a relationship.
func IsActorAction(action string) bool {
	switch action {
	case ActionMerge, ActionSplit, ActionRename, ActionKind, ActionAddAlias, ActionRemoveAlias:
		return true
	}
	return false
}

// validateActor checks the fields of an actor correction: Entity always; Into for a merge (and, filled in by
// the store, for a rename, a change of kind and a split); Name for a new name or an alias; Kind for a kind.
func (c Correction) validateActor(fail func(string, ...any) error) error {
	if c.Entity == "" {
		return fail("name the actor, \"entity\": its id")
	}
	if c.Relation != "" || c.Document != "" || c.Start != 0 || c.End != 0 {
		return fail("takes no \"relation\", \"document\", \"start\" or \"end\"")
	}
	if c.Into != "" {
		if k, ok := KindOfID(c.Into); !ok || !validKind(k) {
			return fail("into %q is not an actor id such as \"person:xi-jinping\"", Clip(c.Into))
		}
	}
	wantName := c.Action != ActionMerge && c.Action != ActionKind
	switch {
	case wantName:
		if err := CheckActorName(c.Name); err != nil {
			return fail("%s", ErrorMessage(err))
		}
	case c.Name != "":
		return fail("takes no \"name\"")
	}
	switch {
	case c.Action == ActionKind:
		if _, err := ParseKind(string(c.Kind)); err != nil {
			return fail("%s", ErrorMessage(err))
		}
	case c.Kind != "":
		return fail("takes no \"kind\"")
	}
	if c.Action == ActionMerge {
		if c.Into == "" {
			return fail("name the actor to merge into, \"into\": its id")
		}
		if c.Into == c.Entity {
			return fail("an actor cannot be merged into itself")
		}
	}
	return nil
}

func validKind(k Kind) bool {
	_, err := ParseKind(string(k))
	return err == nil
}

// CheckActorName reports what is wrong with a name or alias an editor gives an actor: empty, with nothing
// to find it by, too long, not valid UTF-8, or holding control characters (a line break in a name breaks
// the page's lists and the log's lines). Quotes, markup and any script are fine: every view escapes them.
func CheckActorName(name string) error {
	if strings.TrimSpace(name) != name {
		return Errorf(EINVALID, "the name %q starts or ends with spaces", Clip(name))
	}
	if !utf8.ValidString(name) {
		return Errorf(EINVALID, "the name is not valid UTF-8")
	}
	if Slug(name) == "" {
		return Errorf(EINVALID, "the name %q has no letters or digits", Clip(name))
	}
	if err := CheckLength("the name", name, MaxNameLength); err != nil {
		return err
	}
	if strings.IndexFunc(name, unicode.IsControl) >= 0 {
		return Errorf(EINVALID, "the name %q holds a control character", Clip(name))
	}
	return nil
}
