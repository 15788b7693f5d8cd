// Package audit names its own events like Clerk's but uses neither Clerk nor
// Svix and serves no webhook: not reported.
package audit

func record(kind string) {
	switch kind {
	case "user.created", "user.updated":
	}
}
