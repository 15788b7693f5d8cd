package js

import "testing"

// TestParamBranches: a helper whose check depends on whether its caller
// passed the request is judged per call: left out, the else branch's
// auth() decides; given, the unverified token it reads does not protect.
func TestParamBranches(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"package.json": `{"name":"web","dependencies":{"next":"15","@clerk/nextjs":"^6"}}`,
		"src/lib/user.ts": `import { auth } from '@clerk/nextjs/server'

function claimed(req) { return JSON.parse(atob(req.headers.get('x-token').split('.')[1])).sub }

export async function userId(req?: Request) {
  let id = null
  if (req) {
    id = claimed(req)
  } else {
    const s = await auth()
    id = s.userId
  }
  if (!id) throw new Error('Unauthorized')
  return id
}

// Reassigned from the request after the session: not a check.
export async function overridden(req?: Request) {
  let id = (await auth()).userId
  id = req?.headers.get('x-user')
  if (!id) throw new Error('Unauthorized')
  return id
}

export async function client(req?: Request) {
  const id = await userId(req)
  return { id }
}

export async function withoutRequest() {
  const { id } = await client()
  return id
}

export async function withRequest(req: Request) {
  const { id } = await client(req)
  return id
}

export async function viaOverridden() {
  return overridden()
}
`,
	})
	for name, want := range map[string]HelperKind{
		"userId":         NotAuth, // unknown caller: either branch may run
		"withoutRequest": Protects,
		"withRequest":    NotAuth,
		"viaOverridden":  NotAuth,
	} {
		if h := m.HelperOf("src/lib/user.ts", name, testSpec); h.Kind != want {
			t.Errorf("%s: %v, want %v", name, h.Kind, want)
		}
	}
}
