// Package extract turns news text into the text layer of a document: the actors it names (people, states,
// organisations, places), the directed relationships it states between them, and for each relationship the
// exact sentence that states it, with its code-point offsets in the original text, whether the article states
// it as fact or reports it as someone's claim, and a calibrated confidence.
//
// The pipeline is deterministic and has no state between calls (docs/extraction.md has the whole account):
//
//   - clean.go: a rune-for-rune normalised copy for matching, and the regions sentences never cross.
//   - sentences.go: sentences, words and tags with prose/v3's segmenter, tokenizer and tagger.
//   - gazetteer.go, mentions.go, names.go, personnames.go, roles.go, described.go, actors.go: names from the
//     gazetteer, acronyms, names built on names, names the gazetteer lacks typed by head word, context and
//     shape, titles, collectives, a state's protesting people, missions and facilities.
//   - coref.go: surnames, acronyms, capitals standing for their states, references, pronouns; events.go:
//     an event named again in a reaction ("condemned the attack") stands for the event's actors.
//   - predicates.go, frames.go, arguments.go, relations.go, clauses.go: the lexicon of predicates as data
//     (each row with its frame and examples) and the finders of their arguments.
//   - patterns.go: structural rules as data (compounds, possessives, memberships, locations).
//   - attribution.go: negation, denial and speculation drop a relationship; reported ones become claims.
//   - loose.go: low-prior pairs joined by a lexicon word no frame read.
//   - confidence.go, confidence_model.go: a logistic model over named features, trained on the development
//     split by `go test ./extract -run TestTrainConfidence -train`.
//
// The gazetteer is data committed with the generator that builds it; see gazetteer/README.md.
package extract
