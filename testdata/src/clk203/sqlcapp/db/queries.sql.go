// Package db stands for sqlc-generated code: the handlers of another
// package call its methods, whose statements are constants here.
package db

import (
	"context"
	"database/sql"
)

// DBTX is what sqlc's queries run on.
type DBTX interface {
	ExecContext(context.Context, string, ...interface{}) (sql.Result, error)
	QueryRowContext(context.Context, string, ...interface{}) *sql.Row
}

// Queries runs the project's statements.
type Queries struct{ db DBTX }

const getInvoice = `-- name: GetInvoice :one
SELECT id, user_id, total FROM invoices WHERE id = $1
`

// Invoice is a row.
type Invoice struct {
	ID     int64
	UserID string
	Total  int64
}

func (q *Queries) GetInvoice(ctx context.Context, id int64) (Invoice, error) {
	row := q.db.QueryRowContext(ctx, getInvoice, id)
	var i Invoice
	err := row.Scan(&i.ID, &i.UserID, &i.Total)
	return i, err
}

const deleteInvoice = `-- name: DeleteInvoice :exec
DELETE FROM invoices WHERE id = $1 AND user_id = $2
`

// DeleteInvoiceParams are DeleteInvoice's arguments.
type DeleteInvoiceParams struct {
	ID     int64
	UserID string
}

func (q *Queries) DeleteInvoice(ctx context.Context, arg DeleteInvoiceParams) error {
	_, err := q.db.ExecContext(ctx, deleteInvoice, arg.ID, arg.UserID)
	return err
}
