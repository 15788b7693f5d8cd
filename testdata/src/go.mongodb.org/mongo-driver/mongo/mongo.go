// Package mongo is a minimal analysistest stub of the MongoDB driver: the
// collection methods clerklint's effect classifier reads.
package mongo

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo/options"
)

// Collection is a handle to a collection.
type Collection struct{}

// InsertOneResult, UpdateResult and SingleResult are query results.
type (
	InsertOneResult struct{ InsertedID interface{} }
	UpdateResult    struct{ UpsertedCount int64 }
	SingleResult    struct{}
)

func (c *Collection) InsertOne(ctx context.Context, doc interface{}) (*InsertOneResult, error) {
	return &InsertOneResult{}, nil
}

func (c *Collection) UpdateOne(ctx context.Context, filter, update interface{}, opts ...*options.UpdateOptions) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}

func (c *Collection) FindOne(ctx context.Context, filter interface{}) *SingleResult {
	return &SingleResult{}
}

// Decode reads the found document into v.
func (r *SingleResult) Decode(v interface{}) error { return nil }
