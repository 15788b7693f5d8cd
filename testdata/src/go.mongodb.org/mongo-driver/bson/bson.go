// Package bson is a minimal analysistest stub of the MongoDB driver's bson
// package: the document literals queries take.
package bson

// M is an unordered document.
type M map[string]interface{}

// E is one element of an ordered document.
type E struct {
	Key   string
	Value interface{}
}

// D is an ordered document.
type D []E
