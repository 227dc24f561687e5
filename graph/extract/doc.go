// Package extract turns news text into the text layer of a document: the actors it names (people, states,
// organisations, places), the directed relationships it states between them, and for each relationship the
// exact sentence that states it, with its code-point offsets in the original text.
//
// The pipeline is deterministic and has no state between calls:
//
//   - clean.go: a rune-for-rune normalised copy for matching (curly quotes, odd spaces), and the regions
//     sentences never cross: headline, body paragraphs, captions; boilerplate, credits and datelines are
//     left out.
//   - sentences.go: sentences and words with prose/v3's segmenter, tokenizer and tagger.
//   - gazetteer.go, mentions.go, roles.go, described.go: names from the gazetteer, acronym definitions,
//     names built on other names ("Russia's Defense Ministry", "the Almaty airport"), titles and roles,
//     organisations introduced by what they are ("Russian newspaper RBC"), collectives ("Kazakh
//     authorities"), and people that prose's entity recogniser proposes.
//   - coref.go: surnames, acronyms, capitals standing for their governments, "the country", "the
//     alliance", pronouns.
//   - clauses.go, relations.go: subjects and objects around trigger words, and the relationships they
//     state, with their stance.
//
// The gazetteer is data committed with the generator that builds it; see gazetteer/README.md.
package extract
