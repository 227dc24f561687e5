// Package graph holds actorgraph's domain: the actors (entities) a news article names, the directed
// relationships between them, the evidence sentence behind every relationship, the documents those sentences
// come from, and the Store interface every backend implements.
//
// It imports only the standard library so that every other package, whatever it depends on, can share
// these types.
package graph
