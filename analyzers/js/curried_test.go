package js

import "testing"

var curriedProject = map[string]string{
	"package.json": `{"dependencies": {"@clerk/nextjs": "^6.0.0", "next": "15.0.0"}}`,
	"lib/wrap.ts": `import { auth } from '@clerk/nextjs/server'

export function limit(cfg: { max: number }) {
  return function (handler: (req: Request) => Promise<Response>) {
    return async function (req: Request) {
      if (cfg.max < 1) return new Response('slow down', { status: 429 })
      return handler(req)
    }
  }
}

export const signedIn = (scope: string) => (handler: (req: Request) => Promise<Response>) => async (req: Request) => {
  const { userId } = await auth()
  if (!userId) return new Response('no', { status: 401 })
  return handler(req)
}

export const layered = (a: string) => (b: number) => (handler: (req: Request) => Promise<Response>) => async (req: Request) => {
  const { userId } = await auth()
  if (!userId) return new Response('no', { status: 401 })
  return handler(req)
}

export const before = (cfg: object) => (handler: (req: Request) => Promise<Response>) => async (req: Request) => {
  const res = await handler(req)
  const { userId } = await auth()
  if (!userId) return new Response('no', { status: 401 })
  return res
}
`,
	"app/api/x/route.ts": `import { auth } from '@clerk/nextjs/server'
import { limit, signedIn, layered, before } from '../../../lib/wrap'

export const GET = signedIn('a')(async (req: Request) => Response.json({}))
export const POST = layered('a')(2)(async (req: Request) => Response.json({}))
export const PUT = limit({ max: 3 })(async (req: Request) => Response.json({}))
export const PATCH = limit({ max: 3 })(async (req: Request) => {
  const { userId } = await auth()
  if (!userId) return new Response('no', { status: 401 })
  return Response.json({})
})
export const DELETE = before({})(async (req: Request) => Response.json({}))
`,
	"app/api/y/route.ts": `import { auth } from '@clerk/nextjs/server'
import { limit, signedIn } from '../../../lib/wrap'

export async function GET(req: Request) {
  return limit({ max: 3 })(async (req: Request) => {
    const { userId } = await auth()
    if (!userId) return new Response('no', { status: 401 })
    return Response.json({})
  })(req)
}

export async function POST(req: Request) {
  return signedIn('a')(async () => Response.json({}))
}

export const PUT = async (req: Request) => signedIn('a')(async () => Response.json({}))(req)

export async function PATCH(req: Request) {
  return limit({ max: 3 })(async (req: Request) => Response.json({}))(req)
}

export async function DELETE(req: Request) {
  if (req.headers.get('x-skip')) return fetch('https://upstream.example.com/feed')
  return signedIn('a')(async () => Response.json({}))(req)
}

export async function HEAD(req: Request) {
  return limit({ max: 3 })(async (req: Request) => {
    if (req.headers.get('authorization') !== ` + "`Bearer ${process.env.JOB_SECRET}`" + `) {
      return new Response('no', { status: 401 })
    }
    return Response.json({})
  })(req)
}
`,
}

// TestCurriedWrappers: w(cfg)(fn), at any depth, is fn wrapped by what
// w(cfg) returns, whether bound to the export or returned by the handler.
func TestCurriedWrappers(t *testing.T) {
	m := newTestModel(t, curriedProject)
	for _, c := range []struct {
		file, export string
		want         bool
	}{
		{"app/api/x/route.ts", "GET", true},     // signedIn('a') checks before the handler
		{"app/api/x/route.ts", "POST", true},    // two option calls before the handler
		{"app/api/x/route.ts", "PUT", false},    // a rate limiter checks no session
		{"app/api/x/route.ts", "PATCH", true},   // ... but the handler checks itself
		{"app/api/x/route.ts", "DELETE", false}, // the handler runs before the check
		{"app/api/y/route.ts", "GET", true},     // returned and applied to the request
		{"app/api/y/route.ts", "POST", true},    // returned, not applied
		{"app/api/y/route.ts", "PUT", true},     // an arrow's expression body
		{"app/api/y/route.ts", "PATCH", false},  // nothing checks
		{"app/api/y/route.ts", "DELETE", false}, // an earlier return answers first, with data
		{"app/api/y/route.ts", "HEAD", false},   // a secret, not a session
	} {
		p := m.ExportProtection(m.Module(c.file), c.export, testSpec)
		if p.Protected != c.want {
			t.Errorf("%s %s: protected=%v (by %q, reason %q), want %v", c.file, c.export, p.Protected, p.By, p.Reason, c.want)
		}
	}
	if p := m.ExportProtection(m.Module("app/api/y/route.ts"), "HEAD", testSpec); !p.Secret {
		t.Errorf("HEAD: the wrapped handler's secret comparison is lost: %+v", p)
	}
	if p := m.ExportProtection(m.Module("app/api/x/route.ts"), "GET", testSpec); p.By != "signedIn() wrapper (lib/wrap.ts)" {
		t.Errorf("GET by %q", p.By)
	}
}
