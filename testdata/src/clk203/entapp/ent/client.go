// Package ent stands for a project's ent-generated client.
package ent

import (
	"context"

	"entgo.io/ent"

	"clk203/entapp/ent/note"
)

var _ ent.Op

// Note is an entity.
type Note struct {
	ID     int
	UserID string
}

// Client holds the entity clients.
type Client struct{ Note *NoteClient }

// NoteClient is the client of the Note entity.
type NoteClient struct{}

func (c *NoteClient) Get(ctx context.Context, id int) (*Note, error) { return nil, nil }
func (c *NoteClient) Query() *NoteQuery                              { return &NoteQuery{} }
func (c *NoteClient) UpdateOneID(id int) *NoteUpdateOne              { return &NoteUpdateOne{} }
func (c *NoteClient) DeleteOneID(id int) *NoteDeleteOne              { return &NoteDeleteOne{} }

// NoteQuery builds a query.
type NoteQuery struct{}

func (q *NoteQuery) Where(ps ...note.Predicate) *NoteQuery    { return q }
func (q *NoteQuery) Only(ctx context.Context) (*Note, error)  { return nil, nil }
func (q *NoteQuery) All(ctx context.Context) ([]*Note, error) { return nil, nil }

// NoteUpdateOne updates one note.
type NoteUpdateOne struct{}

func (u *NoteUpdateOne) SetBody(s string) *NoteUpdateOne           { return u }
func (u *NoteUpdateOne) Where(ps ...note.Predicate) *NoteUpdateOne { return u }
func (u *NoteUpdateOne) Save(ctx context.Context) (*Note, error)   { return nil, nil }

// NoteDeleteOne deletes one note.
type NoteDeleteOne struct{}

func (d *NoteDeleteOne) Where(ps ...note.Predicate) *NoteDeleteOne { return d }
func (d *NoteDeleteOne) Exec(ctx context.Context) error            { return nil }
