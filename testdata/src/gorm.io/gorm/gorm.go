// Package gorm is a minimal analysistest stub of gorm.io/gorm (v1.31): the
// chainable DB methods clerklint's effect classifier reads.
package gorm

import "context"

// DB is gorm's database handle; every method returns a new *DB.
type DB struct{ Error error }

func (db *DB) WithContext(ctx context.Context) *DB                { return db }
func (db *DB) Model(value interface{}) *DB                        { return db }
func (db *DB) Table(name string, args ...interface{}) *DB         { return db }
func (db *DB) Where(query interface{}, args ...interface{}) *DB   { return db }
func (db *DB) Create(value interface{}) *DB                       { return db }
func (db *DB) Save(value interface{}) *DB                         { return db }
func (db *DB) Updates(values interface{}) *DB                     { return db }
func (db *DB) Delete(value interface{}, conds ...interface{}) *DB { return db }
func (db *DB) Find(dest interface{}, conds ...interface{}) *DB    { return db }
func (db *DB) First(dest interface{}, conds ...interface{}) *DB   { return db }

func (db *DB) Association(column string) *Association                   { return &Association{} }
func (db *DB) Transaction(fc func(tx *DB) error) error                  { return fc(db) }
func (a *Association) Append(values ...interface{}) error               { return nil }
func (a *Association) Find(out interface{}, conds ...interface{}) error { return nil }

// Association is a has-many or many-to-many relation of a model.
type Association struct{}

func (db *DB) Take(dest interface{}, conds ...interface{}) *DB { return db }
func (db *DB) Or(query interface{}, args ...interface{}) *DB   { return db }
func (db *DB) Update(column string, value interface{}) *DB     { return db }
func (db *DB) Scopes(funcs ...func(*DB) *DB) *DB               { return db }
func (db *DB) Count(count *int64) *DB                          { return db }
