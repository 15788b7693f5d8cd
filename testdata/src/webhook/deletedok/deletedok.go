// Package deletedok handles user.deleted (in a second switch): nothing to report.
package deletedok

import svix "github.com/svix/svix-webhooks/go"

var _ *svix.Webhook

const eventUserDeleted = "user.deleted"

func dispatch(typ string) {
	switch typ {
	case "user.created", "user.updated":
	}
	switch typ {
	case eventUserDeleted:
	}
}
