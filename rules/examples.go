package rules

import (
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// Examples are a rule's bad/good example cases, shown by `clerklint explain`
// and SARIF help and executed by cmd/clerklint's TestRuleExamples: each case is
// written into a throwaway project at its Path (with its context files), the
// rule must report in that file for Bad and must not for Good. Examples that
// cannot run say so (Run false, with a Reason) instead of being skipped.
//
// The YAML is a list of cases:
//
//	examples:
//	  - lang: nextjs                     # Languages()
//	    path: app/api/invoices/route.ts  # where the snippet lives
//	    context: [nextjs-v6]             # shared scaffolds (ScaffoldNames())
//	    files: {middleware.ts: "..."}    # this case's own context files
//	    reported-in: .env                # the file the finding lands in, when not path
//	    bad: |
//	      ...
//	    good: |
//	      ...
//	    run: false                       # with a reason; default true
//	    reason: why it cannot run
//
// The older form, a single mapping {bad: ..., good: ...} of free text, still
// loads (user rules files written before cases existed); it is shown like a
// case without a caption and never runs. Built-in rules use the list form,
// which a test enforces.
type Examples []Example

// Example is one bad/good case of a rule.
type Example struct {
	// Lang is the language or framework the snippet is written for; it
	// decides which engines run it (go: the Go passes; the others: the file
	// engines).
	Lang string `yaml:"lang"`
	// Path is the slash-separated path, relative to the project root, that
	// Bad and Good are written to; it is shown as the case's caption.
	Path string `yaml:"path"`
	// Context names shared scaffolds (a package.json with the Clerk
	// dependency, a go.mod requiring the SDK) written first.
	Context []string `yaml:"context"`
	// Files are context files of this case only, by path.
	Files map[string]string `yaml:"files"`
	// ReportedIn is the file the rule reports in when it is not Path (an env
	// file judged by its .gitignore).
	ReportedIn string `yaml:"reported-in"`
	Bad        string `yaml:"bad"`
	Good       string `yaml:"good"`
	// Run is false for a case that cannot be executed; Reason says why.
	Run    *bool  `yaml:"run"`
	Reason string `yaml:"reason"`

	// Legacy marks the free-text {bad, good} form: no caption, never run.
	Legacy bool `yaml:"-"`
	// Line is where the case starts in its rules file.
	Line int `yaml:"-"`
}

// Runs reports whether a test executes the case.
func (e *Example) Runs() bool { return !e.Legacy && (e.Run == nil || *e.Run) }

// Caption is the case's heading in rendered docs: its path and language.
func (e *Example) Caption() string {
	if e.Legacy {
		return ""
	}
	return fmt.Sprintf("%s (%s)", e.Path, LanguageName(e.Lang))
}

// Target is the file the rule's finding is expected in.
func (e *Example) Target() string {
	if e.ReportedIn != "" {
		return e.ReportedIn
	}
	return e.Path
}

// languages are the accepted values of an example's lang, with the name
// shown in captions.
var languages = [][2]string{
	{"go", "Go"},
	{"nextjs", "Next.js"},
	{"react", "React single-page app"},
	{"express", "Express"},
	{"sveltekit", "SvelteKit"},
	{"react-router", "React Router v7 / Remix"},
	{"javascript", "JavaScript/TypeScript server"},
	{"python", "Python"},
	{"env", "env file"},
	{"any", "any project file"},
}

// Languages returns the accepted lang values.
func Languages() []string {
	out := make([]string, len(languages))
	for i, l := range languages {
		out[i] = l[0]
	}
	return out
}

// LanguageName is the display name of a lang value.
func LanguageName(lang string) string {
	for _, l := range languages {
		if l[0] == lang {
			return l[1]
		}
	}
	return lang
}

// Scaffold returns the files (path to content) of a named scaffold, a fresh
// map each time, and whether the name exists. Scaffolds are the context most
// cases share, written once here instead of in every rule.
func Scaffold(name string) (map[string]string, bool) {
	switch name {
	case "nextjs-v6":
		// An App Router app on @clerk/nextjs v6 with Clerk's recommended
		// middleware, which protects nothing by itself.
		return map[string]string{
			"package.json": `{"name": "app", "private": true, "dependencies": {"@clerk/nextjs": "^6.39.2", "next": "15.5.18", "react": "19.1.0", "react-dom": "19.1.0"}}` + "\n",
			"middleware.ts": "import { clerkMiddleware } from '@clerk/nextjs/server'\n\nexport default clerkMiddleware()\n\n" +
				"export const config = {\n  matcher: ['/((?!_next|[^?]*\\\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)).*)', '/(api|trpc)(.*)'],\n}\n",
		}, true
	case "nextjs-package":
		// The package.json of a Next.js app on @clerk/nextjs v6, no middleware.
		return map[string]string{
			"package.json": `{"name": "app", "private": true, "dependencies": {"@clerk/nextjs": "^6.39.2", "next": "15.5.18", "react": "19.1.0", "react-dom": "19.1.0"}}` + "\n",
		}, true
	case "vite-react":
		// A Vite single-page app on @clerk/clerk-react v5 with React Router.
		return map[string]string{
			"package.json": `{"name": "spa", "private": true, "type": "module", "dependencies": {"@clerk/clerk-react": "^5.31.0", "react": "19.1.0", "react-dom": "19.1.0", "react-router-dom": "^7.6.0"}, "devDependencies": {"vite": "^6.3.0"}}` + "\n",
			"index.html":   "<!doctype html>\n<html><body><div id=\"root\"></div><script type=\"module\" src=\"/src/main.tsx\"></script></body></html>\n",
		}, true
	case "sveltekit-app":
		// A SvelteKit app on svelte-clerk v1 whose hooks run
		// withClerkHandler(), which authenticates and protects nothing.
		return map[string]string{
			"package.json":        `{"name": "kit", "private": true, "type": "module", "dependencies": {"svelte-clerk": "^1.1.0"}, "devDependencies": {"@sveltejs/kit": "^2.22.0", "svelte": "^5.34.0", "vite": "^7.0.0"}}` + "\n",
			"src/hooks.server.ts": "import { withClerkHandler } from 'svelte-clerk/server'\n\nexport const handle = withClerkHandler()\n",
		}, true
	case "react-router-app":
		// A React Router v7 framework-mode app on @clerk/react-router v2 with
		// flat routes under app/routes and the quickstart's root: the
		// middleware and rootAuthLoader authenticate, protecting nothing.
		return map[string]string{
			"package.json": `{"name": "rr", "private": true, "type": "module", "dependencies": {"@clerk/react-router": "^2.1.0", "react": "^19.1.0", "react-router": "^7.9.0"}, "devDependencies": {"@react-router/dev": "^7.9.0", "vite": "^7.0.0"}}` + "\n",
			"app/root.tsx": "import { ClerkProvider } from '@clerk/react-router'\nimport { clerkMiddleware, rootAuthLoader } from '@clerk/react-router/server'\nimport { Outlet } from 'react-router'\n\n" +
				"export const middleware = [clerkMiddleware()]\n\nexport const loader = (args) => rootAuthLoader(args)\n\n" +
				"export default function App({ loaderData }) {\n  return <ClerkProvider loaderData={loaderData}><Outlet /></ClerkProvider>\n}\n",
		}, true
	case "node-server":
		// A Node server (Express) using Clerk.
		return map[string]string{
			"package.json": `{"name": "api", "private": true, "dependencies": {"@clerk/express": "^1.7.0", "express": "^5.1.0", "svix": "^1.66.0"}}` + "\n",
		}, true
	case "go-module":
		// A Go module requiring clerk-sdk-go v2 and the routers and libraries
		// the passes know; the test resolves them to its stubs.
		return map[string]string{
			"go.mod": "module example.com/app\n\ngo 1.24\n\nrequire github.com/clerk/clerk-sdk-go/v2 v2.3.0\n",
		}, true
	}
	return nil, false
}

// ScaffoldNames lists the names Scaffold knows, sorted.
func ScaffoldNames() []string {
	names := []string{"go-module", "nextjs-package", "nextjs-v6", "node-server", "react-router-app", "sveltekit-app", "vite-react"}
	sort.Strings(names)
	return names
}

var exampleFields = []string{"bad", "context", "files", "good", "lang", "path", "reason", "reported-in", "run"}

// UnmarshalYAML decodes either form strictly: the list of cases (each field
// checked, errors at the offending line) or the legacy {bad, good} mapping.
func (es *Examples) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	switch n.Kind {
	case yaml.MappingNode:
		var legacy struct {
			Bad  string `yaml:"bad"`
			Good string `yaml:"good"`
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if k := n.Content[i]; k.Value != "bad" && k.Value != "good" {
				return &fieldError{line: k.Line, msg: "unknown field of the free-text form (known: bad, good); write a list of cases (lang, path, bad, good) instead"}
			}
		}
		if err := n.Decode(&legacy); err != nil {
			return err
		}
		if strings.TrimSpace(legacy.Bad) == "" || strings.TrimSpace(legacy.Good) == "" {
			return &fieldError{line: n.Line, msg: "needs both a bad and a good example"}
		}
		*es = Examples{{Bad: legacy.Bad, Good: legacy.Good, Legacy: true, Line: n.Line}}
		return nil
	case yaml.SequenceNode:
	default:
		return &fieldError{line: n.Line, msg: "must be a list of cases (lang, path, bad, good)"}
	}
	if len(n.Content) == 0 {
		return &fieldError{line: n.Line, msg: "needs at least one case"}
	}
	out := make(Examples, 0, len(n.Content))
	for i, c := range n.Content {
		e, err := decodeExample(c, i)
		if err != nil {
			return err
		}
		out = append(out, e)
	}
	*es = out
	return nil
}

func decodeExample(c *yaml.Node, i int) (Example, error) {
	// missing names the absent key, which has no line of its own.
	missing := func(key, msg string) error {
		return &fieldError{line: c.Line, field: fmt.Sprintf("examples.%d.%s", i, key), msg: msg}
	}
	if c.Kind != yaml.MappingNode {
		return Example{}, &fieldError{line: c.Line, field: fmt.Sprintf("examples.%d", i), msg: "a case must be a mapping (lang, path, bad, good)"}
	}
	for i := 0; i+1 < len(c.Content); i += 2 {
		k := c.Content[i]
		if !slices.Contains(exampleFields, k.Value) {
			return Example{}, &fieldError{line: k.Line, msg: "unknown field (known: " + strings.Join(exampleFields, ", ") + ")"}
		}
	}
	var e Example
	if err := c.Decode(&e); err != nil {
		return Example{}, err
	}
	e.Line = c.Line
	at := func(key string) int {
		if v := valueNode(c, key); v != nil {
			return v.Line
		}
		return c.Line
	}
	switch {
	case e.Lang == "":
		return e, missing("lang", "is required (one of "+strings.Join(Languages(), ", ")+")")
	case LanguageName(e.Lang) == e.Lang:
		return e, &fieldError{line: at("lang"), msg: fmt.Sprintf("unknown language %q (known: %s)", e.Lang, strings.Join(Languages(), ", "))}
	case e.Path == "":
		return e, missing("path", "is required (the file the snippet lives in)")
	}
	if msg := checkExamplePath(e.Path); msg != "" {
		return e, &fieldError{line: at("path"), msg: msg}
	}
	if e.ReportedIn != "" {
		if msg := checkExamplePath(e.ReportedIn); msg != "" {
			return e, &fieldError{line: at("reported-in"), msg: msg}
		}
	}
	for j, name := range e.Context {
		if _, ok := Scaffold(name); !ok {
			line := at("context")
			if v := valueNode(c, "context"); v != nil && j < len(v.Content) {
				line = v.Content[j].Line
			}
			return e, &fieldError{line: line, msg: fmt.Sprintf("unknown scaffold %q (known: %s)", name, strings.Join(ScaffoldNames(), ", "))}
		}
	}
	for _, p := range sortedKeys(e.Files) {
		if msg := checkExamplePath(p); msg != "" {
			return e, &fieldError{line: at("files"), msg: fmt.Sprintf("%s: %s", p, msg)}
		}
		if p == e.Path {
			return e, &fieldError{line: at("files"), msg: fmt.Sprintf("%s: is the case's own path; its content is bad or good", p)}
		}
	}
	if strings.TrimSpace(e.Bad) == "" {
		return e, missing("bad", "is required")
	}
	if strings.TrimSpace(e.Good) == "" {
		return e, missing("good", "is required")
	}
	if e.Bad == e.Good {
		return e, &fieldError{line: at("good"), msg: "is the same as bad"}
	}
	if e.Run != nil && !*e.Run && strings.TrimSpace(e.Reason) == "" {
		return e, &fieldError{line: at("run"), msg: "run: false needs a reason"}
	}
	if e.Reason != "" && (e.Run == nil || *e.Run) {
		return e, &fieldError{line: at("reason"), msg: "a reason is only for run: false"}
	}
	return e, nil
}

// checkExamplePath returns what is wrong with a case's file path, or "".
func checkExamplePath(p string) string {
	switch {
	case strings.Contains(p, `\`):
		return fmt.Sprintf("path %q must use forward slashes", p)
	case path.IsAbs(p) || path.Clean(p) != p || p == "." || strings.HasPrefix(p, "../"):
		return fmt.Sprintf("path %q must be clean and relative to the project root", p)
	}
	return ""
}
