// Package qmsg stubs a message queue's client library: the receiver
// verifies the signature the queue puts on each delivery it posts to an
// app's job endpoints.
package qmsg

// Receiver verifies deliveries with the queue's signing key.
type Receiver struct{ key string }

// NewReceiver returns a receiver for a signing key.
func NewReceiver(key string) *Receiver { return &Receiver{key: key} }

// VerifyOptions is one delivery's signature and body.
type VerifyOptions struct {
	Signature string
	Body      string
}

// Verify returns an error unless the signature is the queue's over the body.
func (r *Receiver) Verify(o VerifyOptions) error { return nil }
