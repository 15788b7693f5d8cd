package js

import (
	"fmt"
	"sync"
	"testing"
)

// TestProviderScanReadsOnce: asking about a root and many routes reads each
// project file once (it was once per route: routes × files reads), and each
// route's answer is the one a walk from that route alone gives.
func TestProviderScanReadsOnce(t *testing.T) {
	const routes = 200
	files := map[string]string{
		"app/root.tsx":             "import { Shell } from './components/Shell'\nexport default Shell\n",
		"app/components/Shell.tsx": "import { ClerkProvider } from '@clerk/react-router'\nexport const Shell = ClerkProvider\n",
		"app/components/Nav.tsx":   "import { UserButton } from '@clerk/react-router'\nimport { cn } from '../lib/util'\nexport const Nav = cn(UserButton)\n",
		"app/lib/util.ts":          "export const cn = (x) => x\n",
		"app/lib/hook.ts":          "import { useUser } from '@clerk/react'\nexport const me = useUser\n",
		"app/routes/typed.tsx":     "import type { me } from '../lib/hook'\nexport default 1\n",
		"app/routes/plain.tsx":     "import { cn } from '../lib/util'\nexport default cn\n",
		"app/routes/own.tsx":       "import { me } from '../lib/hook'\nimport { Shell } from '../components/Shell'\nexport default [me, Shell]\n",
	}
	roots := []string{"app/root.tsx", "app/routes/typed.tsx", "app/routes/plain.tsx", "app/routes/own.tsx"}
	for i := 0; i < routes; i++ {
		p := fmt.Sprintf("app/routes/r%03d.tsx", i)
		files[p] = "import { Nav } from '../components/Nav'\nimport { me } from '../lib/hook'\nexport default [Nav, me]\n"
		roots = append(roots, p)
	}
	r := ClerkReact{
		Provider: func(n string) bool { return n == "ClerkProvider" },
		UISpec:   func(spec string) bool { return spec == "@clerk/react-router" || spec == "@clerk/react" },
		UIName:   func(n string) bool { return n == "UserButton" || n == "useUser" },
	}
	var mu sync.Mutex
	reads := map[string]int{}
	counting := func(p string, src []byte) bool {
		mu.Lock()
		reads[p]++
		mu.Unlock()
		return importsClerk(p, src)
	}

	m := newTestModel(t, files)
	s := m.providerScan(roots, r, counting)
	got := map[string]ClerkUse{}
	for _, p := range roots {
		got[p] = s.Of(p)
	}
	for p, n := range reads {
		if n != 1 {
			t.Errorf("%s read %d times, want once", p, n)
		}
	}
	if len(reads) != len(files) {
		t.Errorf("read %d files, want all %d", len(reads), len(files))
	}

	// Each answer against a walk from that root alone.
	alone := newTestModel(t, files)
	for _, p := range roots {
		one := alone.providerScan([]string{p}, r, importsClerk)
		if want := one.Of(p); got[p] != want {
			t.Errorf("%s: %+v, from its own walk %+v", p, got[p], want)
		}
	}
	for p, want := range map[string]ClerkUse{
		"app/root.tsx":         {Provided: true},
		"app/routes/typed.tsx": {},
		"app/routes/plain.tsx": {},
		"app/routes/own.tsx":   {Provided: true},
		"app/routes/r000.tsx":  {Name: "UserButton", File: "app/components/Nav.tsx", Spec: "@clerk/react-router"},
	} {
		if got[p] != want {
			t.Errorf("%s: %+v, want %+v", p, got[p], want)
		}
	}
	// A module outside the roots gets a walk of its own.
	if got, want := s.Of("app/lib/hook.ts"), (ClerkUse{Name: "useUser", File: "app/lib/hook.ts", Spec: "@clerk/react"}); got != want {
		t.Errorf("app/lib/hook.ts: %+v, want %+v", got, want)
	}
}

// TestClerkUseWhat: components show as JSX, hooks as calls, in both
// producers' CLK701 messages.
func TestClerkUseWhat(t *testing.T) {
	for n, want := range map[string]string{"UserButton": "<UserButton>", "SignIn": "<SignIn>", "useUser": "useUser()", "useAuth": "useAuth()"} {
		if got := (ClerkUse{Name: n}).What(); got != want {
			t.Errorf("What(%s) = %s, want %s", n, got, want)
		}
	}
}
