// Package deleted syncs Clerk users but never handles user.deleted (CLK303).
package deleted

import (
	"encoding/json"

	svix "github.com/svix/svix-webhooks/go"
)

var _ *svix.Webhook

type event struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

// Declaring the name is not handling it.
const eventUserDeleted = "user.deleted"

func dispatch(evt event) {
	switch evt.Type { // want `^webhook handles user.created and user.updated but not user.deleted: delete or anonymize the user's data when Clerk deletes the user$`
	case "user.created", "user.updated":
		upsert(evt.Data)
	case "session.created":
	}
}

func chain(evt event) {
	if evt.Type == "user.created" { // want `webhook handles user.created but not user.deleted`
		upsert(evt.Data)
	} else if evt.Type == "organization.created" {
	}
}

var handlers = map[string]func(json.RawMessage){ // want `webhook handles user.updated but not user.deleted`
	"user.updated": upsert,
}

func upsert(json.RawMessage) {}
