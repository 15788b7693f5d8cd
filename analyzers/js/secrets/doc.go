// Package secrets holds the JavaScript/TypeScript rules of the secrets family
// (0xx) that need syntax trees: CLK004 (clientsecret.go: a Clerk secret or the
// server SDK reachable from client code) and CLK008 (secretlog.go: a Clerk
// secret written to a log, an error or a response). Key shapes in any file
// are the files engine's (analyzers/files/secrets).
package secrets
