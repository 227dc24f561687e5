// Package layout holds the test that keeps the README's architecture true: its diagram and folder table
// name every package `go list ./...` finds and nothing else, and the import rules the README states hold.
package layout
