// Package ent is a minimal analysistest stub of entgo.io/ent: generated
// client packages import it, which is how clerklint recognises them.
package ent

// Op is a predicate operator.
type Op int
