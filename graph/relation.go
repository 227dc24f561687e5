package graph

import (
	"cmp"
	"slices"
	"strings"
)

// Stance is the sign of a relationship: whether it ties the two actors together, sets them against each
// other, is part of how the world is organised, or none of these.
type Stance string

// The stances.
const (
	Cooperation Stance = "cooperation"
	Conflict    Stance = "conflict"
	Structural  Stance = "structural"
	Neutral     Stance = "neutral"
)

// Stances lists every stance, in the order legends show them.
var Stances = []Stance{Cooperation, Conflict, Structural, Neutral}

// ParseStance returns the stance named s, or an EINVALID error listing the stances.
func ParseStance(s string) (Stance, error) {
	for _, st := range Stances {
		if string(st) == s {
			return st, nil
		}
	}
	names := make([]string, len(Stances))
	for i, st := range Stances {
		names[i] = string(st)
	}
	return "", Errorf(EINVALID, "unknown stance %q (want one of %s)", Clip(s), strings.Join(names, ", "))
}

// RelType is the type of a directed relationship, from a fixed vocabulary. The vocabulary is fixed because
// stores use it as the relationship type itself (a Neo4j relationship type cannot be a query parameter), and
// because analysts compare graphs across articles only when the same words mean the same thing.
type RelType string

// RelTypeInfo describes one relationship type.
type RelTypeInfo struct {
	Type      RelType
	Stance    Stance // the stance a relationship of this type has unless its source says otherwise
	Phrase    string // how the type reads between two names: "Tokayev requested help from the CSTO"
	Symmetric bool   // A BORDERS B means B BORDERS A as well; drawn without an arrow head
}

// The relationship types. Extend with care: add the type here with its default stance and phrase, and it is
// known to every store, the overlay parser, the extractor and the renderer.
const (
	Leads             RelType = "LEADS"
	MemberOf          RelType = "MEMBER_OF"
	PartOf            RelType = "PART_OF"
	LocatedIn         RelType = "LOCATED_IN"
	OfficialOf        RelType = "OFFICIAL_OF"
	SpokespersonFor   RelType = "SPOKESPERSON_FOR"
	Borders           RelType = "BORDERS"
	OwnsStakeIn       RelType = "OWNS_STAKE_IN"
	RequestedHelpFrom RelType = "REQUESTED_HELP_FROM"
	DeployedForcesTo  RelType = "DEPLOYED_FORCES_TO"
	Supports          RelType = "SUPPORTS"
	AlliedWith        RelType = "ALLIED_WITH"
	InvestsIn         RelType = "INVESTS_IN"
	LeasesFrom        RelType = "LEASES_FROM"
	Opposes           RelType = "OPPOSES"
	Criticizes        RelType = "CRITICIZES"
	Accuses           RelType = "ACCUSES"
	ProtestsAgainst   RelType = "PROTESTS_AGAINST"
	Attacked          RelType = "ATTACKED"
	Sanctions         RelType = "SANCTIONS"
	RivalOf           RelType = "RIVAL_OF"
	Called            RelType = "CALLED"
	MetWith           RelType = "MET_WITH"
	Monitors          RelType = "MONITORS"
	// Added with the broader news corpus: agreements, expulsions, mediation and detention are what much
	// world news reports, and no type above says them without stretching its meaning.
	SignedAgreementWith RelType = "SIGNED_AGREEMENT_WITH"
	Expelled            RelType = "EXPELLED"
	Mediates            RelType = "MEDIATES"
	Detained            RelType = "DETAINED"
)

// RelTypes is the vocabulary, grouped by default stance.
var RelTypes = []RelTypeInfo{
	{Leads, Structural, "leads", false},
	{MemberOf, Structural, "is a member of", false},
	{PartOf, Structural, "is part of", false},
	{LocatedIn, Structural, "is located in", false},
	{OfficialOf, Structural, "is an official of", false},
	{SpokespersonFor, Structural, "speaks for", false},
	{Borders, Structural, "borders", true},
	{OwnsStakeIn, Structural, "owns a stake in", false},
	{RequestedHelpFrom, Cooperation, "requested help from", false},
	{Supports, Cooperation, "supports", false},
	{AlliedWith, Cooperation, "is allied with", true},
	{InvestsIn, Cooperation, "invests in", false},
	{LeasesFrom, Cooperation, "leases from", false},
	{SignedAgreementWith, Cooperation, "signed an agreement with", true},
	{Opposes, Conflict, "opposes", false},
	{Criticizes, Conflict, "criticizes", false},
	{Accuses, Conflict, "accuses", false},
	{ProtestsAgainst, Conflict, "protests against", false},
	{Attacked, Conflict, "attacked", false},
	{Sanctions, Conflict, "sanctions", false},
	{RivalOf, Conflict, "is a rival of", true},
	{Expelled, Conflict, "expelled", false},
	{Detained, Conflict, "detained", false},
	// Sending troops is cooperation when the host asked for them and conflict when it did not: the source
	// must say which, so the default is neutral.
	{DeployedForcesTo, Neutral, "deployed forces to", false},
	{Called, Neutral, "called", false},
	{MetWith, Neutral, "met with", true},
	{Monitors, Neutral, "monitors", false},
	{Mediates, Neutral, "mediates for", false},
}

// LookupRelType returns the description of the type named s (case-insensitive, spaces and hyphens accepted
// for underscores), or an EINVALID error.
func LookupRelType(s string) (RelTypeInfo, error) {
	want := strings.ToUpper(strings.NewReplacer(" ", "_", "-", "_").Replace(strings.TrimSpace(s)))
	for _, t := range RelTypes {
		if string(t.Type) == want {
			return t, nil
		}
	}
	return RelTypeInfo{}, Errorf(EINVALID, "unknown relationship type %q (see the vocabulary in the README)", Clip(s))
}

// Info returns the description of t; ok is false for a type outside the vocabulary.
func (t RelType) Info() (info RelTypeInfo, ok bool) {
	for _, i := range RelTypes {
		if i.Type == t {
			return i, true
		}
	}
	return RelTypeInfo{}, false
}

// Origin says where a piece of evidence came from.
const (
	Curated   = "curated"   // an analyst's overlay
	Extracted = "extracted" // the extractor, from the document text
)

// Evidence is one sentence that states a relationship, exactly as it appears in its document.
type Evidence struct {
	Document string `json:"document"` // the document id
	// Text is the sentence; Start and End are offsets in Unicode code points into the document's text, so
	// that Text == the document text [Start:End] counted in characters.
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Published is the publication date of the document (YYYY-MM-DD), copied here so views can filter and
	// order evidence by date without another look-up.
	Published string `json:"published,omitempty"`
	// Stance is what this sentence says about the relationship; a relationship's stance is that of its
	// latest evidence (see MergeStance).
	Stance     Stance  `json:"stance"`
	Origin     string  `json:"origin"`         // Curated or Extracted
	Rule       string  `json:"rule,omitempty"` // the overlay file and line, or the extraction rule that fired
	Confidence float64 `json:"confidence"`     // 0..1; curated evidence is 1
	// Claim is set when the sentence reports the relationship as someone's claim rather than stating it as
	// fact ("X accused Y of arming Z", "according to X", "Y allegedly armed Z"): the id of the entity that
	// makes the claim, or ClaimUnattributed when the sentence names none. Empty for a statement of fact.
	Claim string `json:"claim,omitempty"`
}

// ClaimUnattributed is the Claim of evidence that reports a claim without saying whose it is ("allegedly",
// "reportedly"). Entity ids always hold a colon, so it can never be taken for one.
const ClaimUnattributed = "unattributed"

// Relation is a directed relationship between two entities, with the evidence for it.
type Relation struct {
	ID       string     `json:"id"` // RelationID(From, Type, To)
	From     string     `json:"from"`
	To       string     `json:"to"`
	Type     RelType    `json:"type"`
	Stance   Stance     `json:"stance"`
	Evidence []Evidence `json:"evidence"`
}

// RelationID returns the stable id of the relationship: "from|TYPE|to".
func RelationID(from string, t RelType, to string) string {
	return from + "|" + string(t) + "|" + to
}

// AppendRelationID appends RelationID(from, t, to) to b, for look-ups that should not allocate the id.
func AppendRelationID(b []byte, from string, t RelType, to string) []byte {
	return append(append(append(append(append(b, from...), '|'), t...), '|'), to...)
}

// CompareEvidence orders evidence by publication date, document, position and then origin, so every store
// lists it the same way.
func CompareEvidence(a, b Evidence) int {
	return cmp.Or(
		cmp.Compare(a.Published, b.Published),
		cmp.Compare(a.Document, b.Document),
		cmp.Compare(a.Start, b.Start),
		cmp.Compare(a.End, b.End),
		cmp.Compare(a.Origin, b.Origin),
		cmp.Compare(a.Rule, b.Rule),
		cmp.Compare(a.Claim, b.Claim),
	)
}

// MergeStance returns the stance of a relationship from its evidence in CompareEvidence order: that of the
// latest curated sentence if an analyst curated any, otherwise that of the latest sentence. A newer article
// can so record that a relationship changed, and an analyst's reading beats the extractor's.
func MergeStance(evidence []Evidence) Stance {
	var last, lastCurated Stance
	for _, e := range evidence {
		last = e.Stance
		if e.Origin == Curated {
			lastCurated = e.Stance
		}
	}
	return cmp.Or(lastCurated, last, Neutral)
}

// SortEvidence sorts evidence in place in CompareEvidence order and drops exact duplicates.
func SortEvidence(evidence []Evidence) []Evidence {
	slices.SortFunc(evidence, CompareEvidence)
	return slices.Compact(evidence)
}

// Sentences counts the distinct sentences that state r: evidence pieces whose spans overlap in the same
// document are one sentence, however many readers (the extractor, an overlay) quoted it. This is the count
// drawings show ("×2") and Filter.MinEvidence compares.
func (r Relation) Sentences() int {
	if len(r.Evidence) < 2 {
		return len(r.Evidence)
	}
	spans := make([]Evidence, len(r.Evidence))
	copy(spans, r.Evidence)
	slices.SortFunc(spans, func(a, b Evidence) int {
		return cmp.Or(cmp.Compare(a.Document, b.Document), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	n, end := 1, spans[0].End
	for i := 1; i < len(spans); i++ {
		if spans[i].Document != spans[i-1].Document || spans[i].Start >= end {
			n++
			end = spans[i].End
		} else {
			end = max(end, spans[i].End)
		}
	}
	return n
}
