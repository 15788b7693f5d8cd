// Package options is a minimal analysistest stub of the MongoDB driver's
// query options.
package options

// UpdateOptions configure an update.
type UpdateOptions struct{ Upsert *bool }

// Update returns empty update options.
func Update() *UpdateOptions { return &UpdateOptions{} }

// SetUpsert makes the update insert a document when none matches.
func (o *UpdateOptions) SetUpsert(b bool) *UpdateOptions { o.Upsert = &b; return o }
