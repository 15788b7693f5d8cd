package reactspa_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// scanProject writes files into a temporary project and returns the CLK401
// and CLK701 findings as "file:line ID message" lines, sorted.
func scanProject(t *testing.T, files map[string]string) []string {
	t.Helper()
	root := scantest.WriteTree(t, files)
	fs, err := scantest.Engines(engines.JS())(root)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range fs {
		if f.RuleID == "CLK401" || f.RuleID == "CLK701" {
			out = append(out, fmt.Sprintf("%s:%d %s %s", f.File, f.Line, f.RuleID, f.Message))
		}
	}
	sort.Strings(out)
	return out
}

func pkg(deps string) string {
	return `{"dependencies":{` + deps + `,"react":"^18.3.1","react-dom":"^18.3.1"},"devDependencies":{"vite":"^5.4.0"}}`
}

func check(t *testing.T, got []string, want ...string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestProviderMissing(t *testing.T) {
	got := scanProject(t, map[string]string{
		"package.json": pkg(`"@clerk/react":"^6.0.0"`),
		"src/main.tsx": "import { createRoot } from 'react-dom/client'\nimport App from './App'\n\ncreateRoot(document.getElementById('root')!).render(<App />)\n",
		"src/App.tsx":  "import { useAuth } from '@clerk/react'\nexport default function App() { const { isSignedIn } = useAuth(); return <p>{String(isSignedIn)}</p> }\n",
		// Not imported by the entry: it does not count.
		"src/Unused.tsx": "import { ClerkProvider } from '@clerk/react'\nexport const U = () => <ClerkProvider />\n",
	})
	check(t, got, "src/main.tsx:4 CLK701 the app uses useAuth() from @clerk/react (src/App.tsx) but its entry src/main.tsx renders the tree without <ClerkProvider> and nothing it imports provides one: Clerk components and hooks throw outside the provider, so the app fails at startup; wrap what render() receives in <ClerkProvider publishableKey={import.meta.env.VITE_CLERK_PUBLISHABLE_KEY}>")
}

// TestProviderFound: the provider in the entry, in a component two imports
// away, or in a CRA entry; and an app with no Clerk UI at all.
func TestProviderFound(t *testing.T) {
	check(t, scanProject(t, map[string]string{
		"package.json":           pkg(`"@clerk/react":"^6.0.0"`),
		"index.html":             `<script type="module" src="/src/boot.tsx"></script>`,
		"src/boot.tsx":           "import { createRoot } from 'react-dom/client'\nimport App from './App'\ncreateRoot(document.body).render(<App />)\n",
		"src/App.tsx":            "import { Shell } from './Shell'\nimport { UserButton } from '@clerk/react'\nexport default function App() { return <Shell><UserButton /></Shell> }\n",
		"src/Shell.tsx":          "import { AppProviders } from './providers'\nexport const Shell = ({ children }) => <AppProviders>{children}</AppProviders>\n",
		"src/providers.tsx":      "import { ClerkProvider } from '@clerk/react'\nexport const AppProviders = ({ children }) => <ClerkProvider>{children}</ClerkProvider>\n",
		"cra/package.json":       `{"dependencies":{"@clerk/clerk-react":"^5.0.0","react-scripts":"5.0.1"}}`,
		"cra/src/index.jsx":      "import ReactDOM from 'react-dom/client'\nimport { ClerkProvider, SignIn } from '@clerk/clerk-react'\nReactDOM.createRoot(document.getElementById('root')).render(<ClerkProvider publishableKey={process.env.REACT_APP_CLERK_PUBLISHABLE_KEY}><SignIn /></ClerkProvider>)\n",
		"plain/package.json":     pkg(`"@clerk/clerk-react":"^5.0.0"`),
		"plain/src/main.tsx":     "import { createRoot } from 'react-dom/client'\ncreateRoot(document.body).render(<p />)\n",
		"plain/src/Later.tsx":    "import { SignIn } from '@clerk/clerk-react'\nexport const Later = () => <SignIn />\n",
		"plain/src/types.ts":     "import type { UserResource } from '@clerk/clerk-react'\nexport type U = UserResource\n",
		"nextapp/package.json":   `{"dependencies":{"next":"15.0.0","@clerk/nextjs":"^6.0.0"}}`,
		"nextapp/src/main.tsx":   "import { UserButton } from '@clerk/nextjs'\nexport const X = () => <UserButton />\n",
		"nextapp/app/layout.tsx": "import { ClerkProvider } from '@clerk/nextjs'\nexport default function L({ children }) { return <ClerkProvider><html><body>{children}</body></html></ClerkProvider> }\n",
	}))
}

func TestPublishableKey(t *testing.T) {
	got := scanProject(t, map[string]string{
		"v5/package.json": pkg(`"@clerk/clerk-react":"^5.20.0"`),
		"v5/src/main.tsx": "import { createRoot } from 'react-dom/client'\nimport { ClerkProvider, SignIn } from '@clerk/clerk-react'\n" +
			"createRoot(document.body).render(\n  <ClerkProvider afterSignOutUrl=\"/\">\n    <SignIn />\n  </ClerkProvider>,\n)\n",
		// A spread may carry the key; v4's frontendApi is the older key.
		"v5/src/Other.tsx": "import { ClerkProvider } from '@clerk/clerk-react'\nexport const A = (p) => <ClerkProvider {...p} />\nexport const B = () => <ClerkProvider frontendApi=\"clerk.example.com\" />\n",
		"v6/package.json":  pkg(`"@clerk/react":"^6.0.0"`),
		"v6/src/main.tsx": "import { createRoot } from 'react-dom/client'\nimport { ClerkProvider, SignIn } from '@clerk/react'\n" +
			"createRoot(document.body).render(<ClerkProvider><SignIn /></ClerkProvider>)\n" +
			"export const Bad = () => <ClerkProvider publishableKey={import.meta.env['CLERK_PUBLISHABLE_KEY']} />\n" +
			"export const Good = () => <ClerkProvider publishableKey={import.meta.env.VITE_CLERK_PUBLISHABLE_KEY ?? ''} />\n",
		"cra/package.json": `{"dependencies":{"@clerk/clerk-react":"^5.0.0","react-scripts":"5.0.1"}}`,
		"cra/src/index.tsx": "import ReactDOM from 'react-dom/client'\nimport { ClerkProvider, SignIn } from '@clerk/clerk-react'\nconst key = process.env.CLERK_PUBLISHABLE_KEY as string\n" +
			"ReactDOM.createRoot(document.body).render(<ClerkProvider publishableKey={key}><SignIn /></ClerkProvider>)\n",
		// envPrefix widens what Vite exposes: not judged.
		"custom/package.json":   pkg(`"@clerk/clerk-react":"^5.20.0"`),
		"custom/vite.config.ts": "export default { envPrefix: ['VITE_', 'CLERK_PUBLISHABLE'] }\n",
		"custom/src/main.tsx":   "import { createRoot } from 'react-dom/client'\nimport { ClerkProvider } from '@clerk/clerk-react'\ncreateRoot(document.body).render(<ClerkProvider publishableKey={import.meta.env.CLERK_PUBLISHABLE_KEY} />)\n",
	})
	check(t, got,
		"cra/src/index.tsx:3 CLK701 <ClerkProvider publishableKey> reads process.env.CLERK_PUBLISHABLE_KEY, which Create React App leaves undefined in the browser (only REACT_APP_-prefixed variables are embedded in the build): the provider gets no key and Clerk fails to load; rename the variable to REACT_APP_CLERK_PUBLISHABLE_KEY (the publishable key is public by design)",
		"v5/src/main.tsx:4 CLK701 <ClerkProvider> from @clerk/clerk-react has no publishableKey prop: @clerk/clerk-react reads no environment variable and throws a missing-publishableKey error at startup, so nothing Clerk renders; pass publishableKey={import.meta.env.VITE_CLERK_PUBLISHABLE_KEY} (CRA: process.env.REACT_APP_CLERK_PUBLISHABLE_KEY)",
		"v6/src/main.tsx:4 CLK701 <ClerkProvider publishableKey> reads import.meta.env.CLERK_PUBLISHABLE_KEY, which Vite leaves undefined in the browser (only VITE_-prefixed variables reach client code): the provider gets no key and Clerk fails to load; rename the variable to VITE_CLERK_PUBLISHABLE_KEY (the publishable key is public by design)",
	)
}

func TestRoutes(t *testing.T) {
	got := scanProject(t, map[string]string{
		"package.json": pkg(`"@clerk/clerk-react":"^5.20.0","@clerk/react-router":"^1.0.0","react-router-dom":"^6.28.0"`),
		"src/main.tsx": "import { createRoot } from 'react-dom/client'\nimport { ClerkProvider } from '@clerk/clerk-react'\nimport { Routes } from './routes'\n" +
			"createRoot(document.body).render(<ClerkProvider publishableKey={import.meta.env.VITE_CLERK_PUBLISHABLE_KEY}><Routes /></ClerkProvider>)\n",
		"src/routes.tsx": `import { Route, Routes as R, createBrowserRouter } from 'react-router-dom'
import { SignIn, SignUp } from '@clerk/clerk-react'
import { SignIn as RRSignIn } from '@clerk/react-router'
import Login from './Login'
export const Routes = () => (
  <R>
    <Route path="/sign-in" element={<SignIn routing="path" path="/sign-in" />} />
    <Route path="/sign-up" element={<SignUp />} />
    <Route path="/auth" element={<RRSignIn />} />
    <Route path="/auth2" element={<RRSignIn routing="hash" />} />
    <Route path="/login/*" element={<Login />} />
    <Route path="/in/*" element={<SignIn path={somewhere} />} />
  </R>
)
export const router = createBrowserRouter([
  { path: '/welcome', element: <Login /> },
  { path: '/:lang/sign-in/*', element: <SignIn path="/en/sign-in" /> },
  { path: '*', element: <SignIn path="/sign-in" /> },
  { path: '/up/', element: <SignUp path="/up/" /> },
])
`,
		"src/Login.tsx": "import { SignIn } from '@clerk/clerk-react'\nexport default function Login() { return <SignIn path=\"/signin\" /> }\n",
	})
	check(t, got,
		`src/routes.tsx:11 CLK401 <SignIn path="/signin"> from @clerk/clerk-react (rendered in src/Login.tsx) is mounted on the React Router route "/login/*": Clerk navigates its steps under /signin, which this route does not serve, so the flow lands on another page or a 404 after the first step; make the path prop and the route agree`,
		`src/routes.tsx:16 CLK401 <SignIn path="/signin"> from @clerk/clerk-react (rendered in src/Login.tsx) routes by path but its React Router route "/welcome" matches only that URL: its later steps (/welcome/factor-one, /welcome/sso-callback) match no route, so the flow breaks after its first screen (second factors, OAuth callbacks, email links, profile tabs); make the route a splat, path="/welcome/*", or use routing="hash" without a path prop`,
		`src/routes.tsx:19 CLK401 <SignUp path="/up/"> from @clerk/clerk-react routes by path but its React Router route "/up/" matches only that URL: its later steps (/up/verify-email-address, /up/sso-callback) match no route, so the flow breaks after its first screen (second factors, OAuth callbacks, email links, profile tabs); make the route a splat, path="/up/*", or use routing="hash" without a path prop`,
		`src/routes.tsx:7 CLK401 <SignIn path="/sign-in"> from @clerk/clerk-react routes by path but its React Router route "/sign-in" matches only that URL: its later steps (/sign-in/factor-one, /sign-in/sso-callback) match no route, so the flow breaks after its first screen (second factors, OAuth callbacks, email links, profile tabs); make the route a splat, path="/sign-in/*", or use routing="hash" without a path prop`,
		`src/routes.tsx:9 CLK401 <SignIn> from @clerk/react-router routes by path but its React Router route "/auth" matches only that URL: its later steps (/auth/factor-one, /auth/sso-callback) match no route, so the flow breaks after its first screen (second factors, OAuth callbacks, email links, profile tabs); make the route a splat, path="/auth/*", or use routing="hash" without a path prop`,
	)
}

// TestRoutesNotJudged: no React Router dependency (another router's Route),
// and routes with nested routes, which serve the URLs below them.
func TestRoutesNotJudged(t *testing.T) {
	routes := "import { Route, createBrowserRouter } from 'react-router-dom'\nimport { SignIn } from '@clerk/clerk-react'\n" +
		"export const A = () => <Route path=\"/sign-in\" element={<SignIn path=\"/sign-in\" />}><Route path=\"*\" element={<p />} /></Route>\n" +
		"export const r = createBrowserRouter([{ path: '/login', element: <SignIn path=\"/login\" />, children: [{ path: '*', element: null }] }])\n"
	check(t, scanProject(t, map[string]string{
		"package.json":       pkg(`"@clerk/clerk-react":"^5.20.0","react-router-dom":"^6.28.0"`),
		"src/routes.tsx":     routes,
		"other/package.json": pkg(`"@clerk/clerk-react":"^5.20.0","wouter":"^3.0.0"`),
		"other/src/r.tsx":    "import { Route } from './my-router'\nimport { SignIn } from '@clerk/clerk-react'\nexport const A = () => <Route path=\"/sign-in\" element={<SignIn path=\"/sign-in\" />} />\n",
	}))
}
