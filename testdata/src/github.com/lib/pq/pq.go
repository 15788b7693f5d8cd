// Package pq is a minimal stub of github.com/lib/pq.
package pq

import "database/sql"

// Array returns a scanner and valuer for a Go slice.
func Array(a any) interface {
	sql.Scanner
} {
	return nil
}
