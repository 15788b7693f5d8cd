// Package svix is a minimal analysistest stub of github.com/svix/svix-webhooks/go
// (v1.44.0): the webhook verification signatures only.
package svix

import (
	"net/http"
	"time"
)

// Webhook verifies signed webhook payloads.
type Webhook struct{}

// NewWebhook parses a "whsec_"-prefixed base64 signing secret.
func NewWebhook(secret string) (*Webhook, error) { return &Webhook{}, nil }

// NewWebhookRaw uses raw key bytes.
func NewWebhookRaw(secret []byte) (*Webhook, error) { return &Webhook{}, nil }

// Verify checks the svix-id/svix-timestamp/svix-signature headers against the raw
// payload, with a five minute timestamp tolerance.
func (wh *Webhook) Verify(payload []byte, headers http.Header) error { return nil }

// VerifyIgnoringTimestamp checks the signature without the replay window.
func (wh *Webhook) VerifyIgnoringTimestamp(payload []byte, headers http.Header) error { return nil }

// Sign computes the signature header value.
func (wh *Webhook) Sign(msgId string, timestamp time.Time, payload []byte) (string, error) {
	return "", nil
}
