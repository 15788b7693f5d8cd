package endpoint

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// AddPublicWrites adds the evidence that an unprotected route's writes are
// anyone's to make by design (PublicWrite), one notion for every producer
// that knows URLs, which calls it once the endpoint's protection and
// effects are known. Three shapes qualify, each only when every effect is
// known:
//
//   - a form that only mails the app's own fixed address (Effect.Notify),
//     at any URL: it reads and changes nothing anyone owns;
//   - an intake form: a word of intake (CLK101's public-intake: contact,
//     newsletter, subscribe…) among the words of the URL's last two static
//     segments, and every effect only adds what the visitor sends: a write
//     that creates new records (Effect.Creates), a read of a model it
//     creates into (a duplicate check), a message to the app's own fixed
//     recipient (Effect.Notify), or a call lending nothing of the app's.
//     An update, a delete, any other read, a Clerk Backend API call, a
//     file write or a paid service (an LLM) leaves it judged;
//   - a capability link: a path parameter named for a secret the link
//     carries (token, code, secret; never an id), and every database
//     effect selects its rows by it, or by a record it selected (an
//     invitation accepted by its code, a subscription cancelled by its
//     unsubscribe token): the secret is the credential. Messages to fixed
//     recipients and calls lending nothing may come with it.
//
// A URL naming a user or a private resource qualifies for none, nor
// does an endpoint without one (a Next.js server action, called by id).
//
// Only what a signed-out visitor can cause is judged (SignedOut).
func AddPublicWrites(e *Endpoint, intake []string) {
	if ev, ok := publicWrite(SignedOut(e), intake); ok {
		e.Public = append(e.Public, ev)
	}
}

func publicWrite(e *Endpoint, intake []string) (Evidence, bool) {
	if e.Kind == Page || e.Protection.State != Unprotected || e.URL == "" || !e.EffectsKnown || len(e.Effects) == 0 || PrivateResource(e.URL) {
		return Evidence{}, false
	}
	if notifyOnly(e) {
		return Evidence{Kind: PublicWrite, What: "a form that only mails the app's own address", At: e.Registration}, true
	}
	if word := intakeWord(e.URL, intake); word != "" && intakeEffects(e) {
		return Evidence{Kind: PublicWrite, What: fmt.Sprintf("an intake form (%q in its URL) that only creates records or notifies the app", word), At: e.Registration}, true
	}
	for _, p := range capabilityParams(e.URL) {
		if capabilityEffects(e, p) {
			return Evidence{Kind: PublicWrite, What: fmt.Sprintf("a capability link: the secret %s in its URL selects every row it touches", p), At: e.Registration}, true
		}
	}
	return Evidence{}, false
}

// notifyOnly: every effect is a message to the app's own fixed recipient
// (or a call lending nothing of the app's), and one is: whatever the URL,
// nothing anyone owns is read or changed, and the only inbox it reaches is
// the app's (a contact form at /api/receive-email).
func notifyOnly(e *Endpoint) bool {
	notifies := false
	for _, f := range e.Effects {
		switch {
		case f.Notify:
			notifies = true
		case f.Kind == Outbound && !f.NeedsUser():
		default:
			return false
		}
	}
	return notifies
}

// intakeWord returns the first word of the URL's last two static
// segments (split at '-', '_', '.' and case changes) that the list
// names, compared without case; "" when none does.
func intakeWord(url string, intake []string) string {
	var static []string
	for _, s := range strings.Split(url, "/") {
		if s != "" && !paramSegment(s) {
			static = append(static, s)
		}
	}
	if len(static) > 2 {
		static = static[len(static)-2:]
	}
	for _, s := range static {
		if w := NameWord(s, intake); w != "" {
			return w
		}
	}
	return ""
}

// intakeEffects: every effect only adds what the visitor sends, and one
// does add something (a record or a message).
func intakeEffects(e *Endpoint) bool {
	var creates []string
	adds := false
	for _, f := range e.Effects {
		if f.Creates {
			creates = append(creates, ModelKey(f.Model))
		}
		adds = adds || f.Creates || f.Notify
	}
	for _, f := range e.Effects {
		switch {
		case f.Creates, f.Notify, !f.NeedsUser() && f.Kind == Outbound:
		case f.Kind == DBRead && f.Model != "" && !f.AnyTable && slices.Contains(creates, ModelKey(f.Model)):
			// Is this address subscribed already?
		default:
			return false
		}
	}
	return adds
}

// capabilityEffects: every database effect selects its rows by the path
// parameter p (or by a record that did), and the rest only notify. The
// links of one query chain (drizzle's db.update(t).set(v).where(…)) are
// listed as effects of one call, at one place with one target: the
// chain's filter covers them all.
func capabilityEffects(e *Endpoint, p string) bool {
	touches := false
	selected := func(f Effect) bool {
		return !f.AnyTable && slices.ContainsFunc(f.Where, func(b Binding) bool { return selectedBy(b, p) })
	}
	for _, f := range e.Effects {
		switch {
		case f.Kind == DBRead || f.Kind == DBWrite:
			if f.AnyTable || !slices.ContainsFunc(e.Effects, func(g Effect) bool { return g.At == f.At && g.Target == f.Target && selected(g) }) {
				return false
			}
			touches = true
		case f.Notify, !f.NeedsUser() && f.Kind == Outbound:
		default:
			return false
		}
	}
	return touches
}

// selectedBy: a filter value that is the path parameter p, or a field of a
// record the endpoint fetched by it.
func selectedBy(b Binding, p string) bool {
	named := func(name string) bool { return name == p || strings.HasSuffix(name, "."+p) }
	return (b.From == FromRequest && b.Input == PathParam && named(b.Name)) || (b.From == FromUnknown && b.Record != "" && named(b.Record))
}

// capabilityParams are the URL's path parameters named for a secret the
// link carries: a token, secret, nonce or one-time password
// (resetToken, {token}), or a code of a link that says what the code is
// for (an invite, a verification, a share: /invite/[code]/accept,
// /verify/{verificationCode}), never an id (inviteId) or a code naming
// data (/countries/{countryCode}, /languages/{code}).
func capabilityParams(url string) []string {
	var out []string
	for _, s := range strings.Split(url, "/") {
		if !paramSegment(s) {
			continue
		}
		name, _, _ := strings.Cut(strings.Trim(s, ":[]{.?*+"), "}") // {token}.svg
		ws := words(name)
		if len(ws) == 0 {
			continue
		}
		switch last := ws[len(ws)-1]; {
		case last == "token", last == "secret", last == "nonce", last == "otp":
		case last == "code" && len(ws) == 1 && codeLink.MatchString(url):
		case last == "code" && len(ws) > 1 && codeLink.MatchString(ws[0]):
		default:
			continue
		}
		out = append(out, name)
	}
	return out
}

// codeLink names what a link's code is for.
var codeLink = lazyregexp.New(`(?i)invit|verif|confirm|activat|redeem|claim|accept|join|unsubscri|share|magic|reset|access`)

// paramSegment: a path segment that is a parameter or a wildcard (:id,
// [id], [...slug], {id}, *).
func paramSegment(s string) bool {
	return strings.HasPrefix(s, ":") || strings.HasPrefix(s, "[") || strings.HasPrefix(s, "{") || strings.ContainsAny(s, "*()")
}

// NameWord returns the first word of name (split as words does:
// unauthenticatedAction, public_client) that list names, compared
// without case; "" when none does.
func NameWord(name string, list []string) string {
	for _, w := range words(name) {
		for _, l := range list {
			if strings.EqualFold(w, l) {
				return w
			}
		}
	}
	return ""
}

// words splits a URL segment or a name into its words: at '-', '_', '.'
// and where a lower-case letter or digit meets an upper-case one
// (addTicketPublic, add-ticket-public).
func words(s string) []string {
	var out []string
	var cur []rune
	prev := rune(0)
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	for _, r := range s {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
		case unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev)):
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
		prev = r
	}
	flush()
	return out
}
