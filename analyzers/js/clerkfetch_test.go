package js

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/endpoint"
)

// TestClerkBackendFetch: a fetch of Clerk's Backend API host, its URL in
// the call or in a const of the body, is a Clerk Backend API call; a
// fetch of another host, or of a URL the caller sends, calls out.
func TestClerkBackendFetch(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"package.json": `{"dependencies":{"next":"15","@clerk/nextjs":"^6"}}`,
		"app/api/x/route.ts": `const headers = { Authorization: 'Bearer ' + process.env.CLERK_SECRET_KEY }
export async function inline(req: Request) {
  const { email } = await req.json()
  return fetch('https://api.clerk.com/v1/invitations', { method: 'POST', headers, body: JSON.stringify({ email_address: email }) })
}
export async function viaConst() {
  const endpoint = 'https://api.clerk.com/v1/invitations'
  return fetch(endpoint, { method: 'POST', headers, body: '{}' })
}
export async function templated(id: string) {
  return fetch(` + "`https://api.clerk.com/v1/users/${id}`" + `, { method: 'DELETE', headers })
}
export async function elsewhere() {
  return fetch('https://api.example.com/v1/users', { headers })
}
export async function chosen(req: Request) {
  const { url } = await req.json()
  return fetch(url, { headers })
}
`,
	})
	mod := m.Module("app/api/x/route.ts")
	for fn, want := range map[string]endpoint.EffectKind{"inline": endpoint.ClerkAPI, "viaConst": endpoint.ClerkAPI, "templated": endpoint.ClerkAPI, "elsewhere": endpoint.Outbound, "chosen": endpoint.Outbound} {
		effects, known := m.Effects(mod, mod.Funcs[fn])
		if !known || len(effects) != 1 || effects[0].Kind != want {
			t.Errorf("%s: effects %v (known %v), want one %s", fn, effects, known, want)
		}
	}
}
