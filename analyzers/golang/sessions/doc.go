// Package sessions holds the Go passes of the session rules (1xx): CLK101
// (unprotectedroute.go: an endpoint with no session protection), CLK102
// (sessioncheck.go: a session read and its absence not handled) and CLK104
// (tokenverify.go: claims of an unverified token trusted). They read the
// route model and session facts of analyzers/golang/gomodel.
package sessions
