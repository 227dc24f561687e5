package graph

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Correction actions: what an editor can change in the app. Each takes away from what the layers state;
// layer.Corrections applies them to the merged graph, after the merge rules, so a correction holds whatever
// the articles and overlays say when they are ingested again.
const (
	// ActionReject leaves a relationship out of every view: Relation names it.
	ActionReject = "reject"
	// ActionRejectSentence leaves one sentence out of a relationship's evidence: Relation, Document, Start
	// and End name it. A relationship whose every sentence is rejected is left out.
	ActionRejectSentence = "reject_sentence"
	// ActionStance sets a relationship's stance, and that of each of its sentences: Relation and Stance
	// name them. One such correction a relationship at a time: undo it to set another.
	ActionStance = "stance"
	// ActionHide leaves an actor, and every relationship it takes part in, out of every view: Entity names
	// it.
	ActionHide = "hide"
)

// Actions lists the correction actions, for messages.
var Actions = []string{ActionReject, ActionRejectSentence, ActionStance, ActionHide, ActionAdd, ActionRetype, ActionReverse,
	ActionMerge, ActionSplit, ActionRename, ActionKind, ActionAddAlias, ActionRemoveAlias}

// Bounds on what a correction holds: a reason is a sentence or two, and everything else is an id.
const (
	MaxReasonLength = 1000
	maxCorrectionID = 600 // two entity ids and a type, with room
)

// Correction is one change an editor made in the app, with who made it, when and why, and whether it has
// been undone (the audit trail keeps undone corrections).
type Correction struct {
	ID       string  `json:"id"`
	Action   string  `json:"action"`
	Relation string  `json:"relation,omitempty"`
	Entity   string  `json:"entity,omitempty"`
	Document string  `json:"document,omitempty"` // of a sentence
	Start    int     `json:"start,omitempty"`
	End      int     `json:"end,omitempty"`
	Stance   Stance  `json:"stance,omitempty"` // of a stance correction, or of the sentence of an addition
	Type     RelType `json:"type,omitempty"`   // the new type of a retype
	// Text is the sentence of an addition: the article's text from Start to End, filled in by the store.
	Text string `json:"text,omitempty"`
	// Into is the actor an actor correction leads to: the one merged into (given by the editor), or the
	// new id of a renamed or re-kinded actor and of an alias split off (filled in by the store).
	Into    string `json:"into,omitempty"`
	Name    string `json:"name,omitempty"` // the new name, or the alias added, removed or split off
	Kind    Kind   `json:"kind,omitempty"` // the new kind
	Reason  string `json:"reason"`
	Editor  string `json:"editor"`
	Created string `json:"created"` // RFC 3339, UTC
	Undone  *Undo  `json:"undone,omitempty"`
}

// Undo says who undid a correction, and when.
type Undo struct {
	Editor string `json:"editor"`
	At     string `json:"at"` // RFC 3339, UTC
}

// Active reports whether the correction applies: it has not been undone.
func (c Correction) Active() bool { return c.Undone == nil }

// Validate reports the first problem with what an editor asked for: the action and the fields it takes,
// each within its bounds. It does not look at the store (whether the relationship exists).
func (c Correction) Validate() error {
	fail := func(format string, args ...any) error {
		return Errorf(EINVALID, "correction %s: "+format, append([]any{Clip(c.Action)}, args...)...)
	}
	for _, f := range []struct{ name, v string }{{"relation", c.Relation}, {"entity", c.Entity}, {"document", c.Document},
		{"into", c.Into}, {"kind", string(c.Kind)}} {
		if len(f.v) > maxCorrectionID {
			return fail("%s is longer than %d bytes", f.name, maxCorrectionID)
		}
		if !utf8.ValidString(f.v) {
			return fail("%s is not valid UTF-8", f.name)
		}
	}
	reason := strings.TrimSpace(c.Reason)
	switch {
	case reason == "":
		return fail("give a reason: the audit trail says why each change was made")
	case !utf8.ValidString(reason):
		return fail("the reason is not valid UTF-8")
	}
	if err := CheckLength("the reason", reason, MaxReasonLength); err != nil {
		return fail("%s", ErrorMessage(err))
	}
	relation := func() error {
		if c.Relation == "" {
			return fail("name the relationship, \"relation\": \"FROM|TYPE|TO\"")
		}
		from, typ, to, ok := SplitRelationID(c.Relation)
		if !ok || from == "" || to == "" {
			return fail("relation %q is not an id FROM|TYPE|TO", Clip(c.Relation))
		}
		if _, ok := RelType(typ).Info(); !ok {
			return fail("relation %q: unknown type %q", Clip(c.Relation), Clip(typ))
		}
		return nil
	}
	if IsActorAction(c.Action) {
		if c.Stance != "" || c.Type != "" || c.Text != "" {
			return fail("takes no \"stance\", \"type\" or \"text\"")
		}
		return c.validateActor(fail)
	}
	if c.Into != "" || c.Name != "" || c.Kind != "" {
		return fail("takes no \"into\", \"name\" or \"kind\"")
	}
	if IsRelationEdit(c.Action) {
		return c.validateRelationEdit(fail)
	}
	if c.Type != "" || c.Text != "" {
		return fail("takes no \"type\" or \"text\"")
	}
	if c.Stance != "" && c.Action != ActionStance {
		return fail("takes no \"stance\"")
	}
	switch c.Action {
	case ActionStance:
		if err := relation(); err != nil {
			return err
		}
		if _, err := ParseStance(string(c.Stance)); err != nil {
			return fail("%s", ErrorMessage(err))
		}
		if c.Entity != "" || c.Document != "" || c.Start != 0 || c.End != 0 {
			return fail("takes only \"relation\", \"stance\" and \"reason\"")
		}
	case ActionReject:
		if err := relation(); err != nil {
			return err
		}
		if c.Entity != "" || c.Document != "" || c.Start != 0 || c.End != 0 {
			return fail("takes only \"relation\" and \"reason\"")
		}
	case ActionRejectSentence:
		if err := relation(); err != nil {
			return err
		}
		if c.Document == "" || c.Start < 0 || c.End <= c.Start {
			return fail("name the sentence: \"document\", and its \"start\" and \"end\" in characters")
		}
		if c.Entity != "" {
			return fail("takes \"relation\", \"document\", \"start\", \"end\" and \"reason\"")
		}
	case ActionHide:
		if c.Entity == "" {
			return fail("name the actor, \"entity\": its id")
		}
		if c.Relation != "" || c.Document != "" || c.Start != 0 || c.End != 0 {
			return fail("takes only \"entity\" and \"reason\"")
		}
	default:
		return Errorf(EINVALID, "action %q is not one of %s", Clip(c.Action), strings.Join(Actions, ", "))
	}
	return nil
}

// SplitRelationID splits a relationship id FROM|TYPE|TO into its parts.
func SplitRelationID(id string) (from, typ, to string, ok bool) {
	from, rest, ok1 := strings.Cut(id, "|")
	typ, to, ok2 := strings.Cut(rest, "|")
	return from, typ, to, ok1 && ok2 && !strings.Contains(to, "|")
}

// CorrectionTime formats t as corrections record it.
func CorrectionTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }
