package nextjs

import "testing"

// The byte prefilter of checkAwait must never rule out a file the tree walk
// would report: every misuse below needs the tree; the awaited forms do not.
func TestMayMisuseAuthSrc(t *testing.T) {
	needTree := []string{
		"const { userId } = auth()",
		"const { userId } = auth ()",
		"const { userId } = auth\n()",
		"auth().protect()",
		"const u = auth().userId",
		"await auth().protect()",
		"await auth()\n  .protect()",
		"await auth()?.userId",
		"await auth()!.userId",
		"await auth()[0]",
		"const { userId } = (auth())",
		"const { userId } = auth() as any",
		"const { userId } = auth<Foo>()",
		"const { userId } = auth /* c */ ()",
		"const { userId } = // await\nauth()",
		"import { auth as a } from '@clerk/nextjs/server'; const { userId } = a()",
		"import { 'auth'as a } from '@clerk/nextjs/server'; const { userId } = a()",
		"import { \"auth\" as a } from '@clerk/nextjs/server'; const { userId } = a()",
		"import { auth /* x */ as a } from '@clerk/nextjs/server'; const { userId } = a()",
		"const { userId } = await auth(req).x",
		"await auth() as X",
	}
	for _, src := range needTree {
		if !mayMisuseAuthSrc([]byte(src)) {
			t.Errorf("mayMisuseAuthSrc(%q) = false: the tree must be checked", src)
		}
	}
	noTree := []string{
		"import { auth, currentUser } from '@clerk/nextjs/server'\nconst { userId } = await auth();\nif (!userId) return",
		"const { userId } = await auth()\nif (!userId) redirect('/')",
		"const a = await auth(), b = 1",
		"useAuth(); authority(); x.authz",
		"return (await auth())",
	}
	for _, src := range noTree {
		if mayMisuseAuthSrc([]byte(src)) {
			t.Errorf("mayMisuseAuthSrc(%q) = true, want false", src)
		}
	}
}
