package js

import "testing"

func TestSecretEnvIn(t *testing.T) {
	for src, want := range map[string]bool{
		"process.env.CRON_SECRET":                                true,
		"`Bearer ${process.env.INTERNAL_API_KEY}`":               true,
		"process.env.ADMIN_PASSWORD":                             true,
		"process.env.NEXT_PUBLIC_CRON_KEY":                       false, // in the browser bundle
		"process.env.RAZORPAY_KEY_ID":                            false, // which key, not the key
		"process.env.NODE_ENV":                                   false,
		"process.env.NEXT_PUBLIC_X_KEY || process.env.JOB_TOKEN": true,
	} {
		if got := secretEnvIn([]byte(src)); got != want {
			t.Errorf("secretEnvIn(%q) = %v, want %v", src, got, want)
		}
	}
}

// TestSecretPresenceConjunct: `secret && header !== expected` skips the
// comparison only where the deployment left the secret unset; a test of
// the request's own header lets any caller skip it.
func TestSecretPresenceConjunct(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"app/api/cron/route.ts": `const shared = process.env.CRON_SECRET

export async function GET(req: Request) {
  const secret = process.env.CRON_SECRET
  if (secret && req.headers.get('authorization') !== ` + "`Bearer ${secret}`" + `) return new Response('no', { status: 401 })
  return Response.json({})
}

export async function POST(req: Request) {
  const header = req.headers.get('authorization')
  if (header && header !== ` + "`Bearer ${process.env.CRON_SECRET}`" + `) return new Response('no', { status: 401 })
  return Response.json({})
}

export async function PUT(req: Request) {
  const header = req.headers.get('authorization')
  if (process.env.CRON_SECRET && header !== ` + "`Bearer ${shared}`" + `) return new Response('no', { status: 401 })
  return Response.json({})
}
`,
	})
	mod := m.Module("app/api/cron/route.ts")
	for name, want := range map[string]bool{"GET": true, "POST": false, "PUT": true} {
		if p := m.ExportProtection(mod, name, testSpec); p.Protected || p.Secret != want {
			t.Errorf("%s: %+v, want Secret %v", name, p, want)
		}
	}
}
