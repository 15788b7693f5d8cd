// Package note stands for an ent-generated predicate package.
package note

import "entgo.io/ent"

// Predicate filters notes.
type Predicate func(ent.Op)

func ID(id int) Predicate                    { return nil }
func UserID(v string) Predicate              { return nil }
func UserIDNEQ(v string) Predicate           { return nil }
func Or(ps ...Predicate) Predicate           { return nil }
func HasOwnerWith(ps ...Predicate) Predicate { return nil }
