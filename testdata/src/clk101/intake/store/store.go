// Package store keeps a marketing site's leads in MongoDB.
package store

import (
	"context"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// Store holds the collections.
type Store struct {
	leads, newsletter *mongo.Collection
}

// SaveSubscriber adds an address to the newsletter unless it is there:
// $setOnInsert leaves an existing document as it is.
func (s *Store) SaveSubscriber(ctx context.Context, email string) (bool, error) {
	res, err := s.newsletter.UpdateOne(ctx, bson.M{"email": email}, bson.M{"$setOnInsert": bson.M{"email": email}}, options.Update().SetUpsert(true))
	if err != nil {
		return false, err
	}
	return res.UpsertedCount > 0, nil
}

// RenameSubscriber overwrites the name kept for an address.
func (s *Store) RenameSubscriber(ctx context.Context, email, name string) error {
	_, err := s.newsletter.UpdateOne(ctx, bson.M{"email": email}, bson.M{"$set": bson.M{"name": name}, "$setOnInsert": bson.M{"email": email}}, options.Update().SetUpsert(true))
	return err
}

// CreateLead keeps a sales inquiry.
func (s *Store) CreateLead(ctx context.Context, company, email string) error {
	_, err := s.leads.InsertOne(ctx, bson.M{"company": company, "email": email})
	return err
}
