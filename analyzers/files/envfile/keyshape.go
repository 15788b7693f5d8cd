package envfile

import (
	"strings"

	"github.com/clerklint/clerklint/analyzers/keys"
)

// The env rules ask three questions of a value: is it a real Clerk secret key
// (and of which instance), a real webhook signing secret, or a real publishable
// key. analyzers/keys answers them; these adapters add the variable name as
// vendor context, so STRIPE_SECRET_KEY=sk_live_… is never taken for Clerk's.

// secretKey returns the instance of a real Clerk secret key held by the
// variable name, or 0. usesClerk lets keys of unusual length count in projects
// that depend on a Clerk SDK.
func secretKey(name, value string, usesClerk bool) keys.Instance {
	ctx := keys.Context{Vendor: keys.NearestVendor(name), ProjectUsesClerk: usesClerk}
	if keys.ClassifySecretKey(value, ctx) != keys.Clerk {
		return 0
	}
	k, _ := keys.ParseSecretKey(value)
	return k.Instance
}

// webhookSecret reports whether value is a real webhook signing secret that is
// not another vendor's (Stripe's whsec_ secrets look the same).
func webhookSecret(name, value string) bool {
	return keys.IsWebhookSecret(value) && !keys.IsForeignVendor(keys.NearestVendor(name))
}

// publishableKey returns the instance of a real Clerk publishable key, or 0.
func publishableKey(value string) keys.Instance {
	k, ok := keys.ParsePublishableKey(value)
	if !ok {
		return 0
	}
	return k.Instance
}

// genericSecret reports whether a value in a secret-named variable is a real
// credential without a Clerk prefix (a machine key, an encryption key, a bare
// webhook secret) rather than a placeholder or a reference to a secret kept
// elsewhere (${VAR}, @vercel-secret, op://vault/item).
func genericSecret(value string) bool {
	if len(value) < 16 || strings.HasPrefix(value, "@") || strings.Contains(value, "://") {
		return false
	}
	for _, p := range []string{"sk_", "pk_", keys.WebhookSecretPrefix} {
		if strings.HasPrefix(value, p) {
			return false // judged by its shape, not here
		}
	}
	if strings.ContainsAny(value, " \t\n$%{}<>*") {
		return false
	}
	return !keys.IsPlaceholder(value)
}

func secretPrefix(i keys.Instance) string {
	if i == keys.Production {
		return keys.SecretLivePrefix
	}
	return keys.SecretTestPrefix
}

func publishablePrefix(i keys.Instance) string {
	if i == keys.Production {
		return keys.PublishableLivePrefix
	}
	return keys.PublishableTestPrefix
}

func isAlnumByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
