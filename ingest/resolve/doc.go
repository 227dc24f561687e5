// Package resolve decides which entities of a document's text layer are actors the graph already knows
// under another name, and rewrites the layer so that they become one entity.
//
// When a document is ingested, each entity the extractor found is compared with the entities already in the
// store (found through Store.Search) and with those of the other files of the same run (the overlays' entities
// and the text layers resolved before it). Two entities are the same actor when they have the same kind and
//
//   - their names are equal after graph.Fold, or a name of one is an alias of the other (a "+" counts as the
//     word "plus": OPEC+ is OPEC Plus, not OPEC);
//   - one name is a variant spelling of the other, word by word: as many words, each identical or one
//     transliteration change apart (Kassym/Kasym, Organisation/Organization, Defence/Defense), with at least
//     one long word identical and, for people, the surname identical;
//   - one name is the acronym of the other (CSTO, Collective Security Treaty Organization), for
//     organisations and states;
//   - one is a bare surname and the other the only person known with that surname.
//
// The strongest rule wins; when it points at two different entities, nothing is merged. Every merge is
// recorded (Merge: which name, from which document, into which entity, by which rule), and an analyst can
// override resolution in the document's overlay (see Resolver.Correct and the README's overlay section).
package resolve
