package secrets

import (
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/rules"
)

// fake assembles a deterministic credential at run time, so no key-shaped literal
// sits in this file.
func fake(prefix, label string, n int) string { return prefix + scantest.FakeBody(prefix, label, n) }

var (
	liveKey = fake(keys.SecretLivePrefix, "unit", 42)
	testKey = fake(keys.SecretTestPrefix, "unit", 42)
)

// project writes files into a fresh root and returns it.
func project(t testing.TB, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for p, content := range files {
		abs := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(abs, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// run scans root with the secrets engine. only, when set, limits the rules;
// userRules is a --rules file applied over the built-in set.
func run(t testing.TB, root string, opts scan.Options, only []string, userRules string) []rules.Finding {
	t.Helper()
	res, err := runErr(root, opts, only, userRules)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func runErr(root string, opts scan.Options, only []string, userRules string) ([]rules.Finding, error) {
	set, err := rules.Builtin()
	if err != nil {
		return nil, err
	}
	if userRules != "" {
		if set, err = set.WithData("user-rules.yaml", []byte(userRules)); err != nil {
			return nil, err
		}
	}
	var off []string
	for _, r := range set.All() {
		if !r.HasEngine(Name) {
			off = append(off, r.ID)
		}
	}
	cfg := &rules.Config{Enable: only}
	if len(only) > 0 {
		off = nil
	}
	sel, err := rules.Select(set, cfg, nil, off)
	if err != nil {
		return nil, err
	}
	// CLK001/005/006 also name the Go passes, which run outside the file walk.
	engines := []scan.Engine{Engine, {Name: "go"}}
	res, err := scan.Run(scan.Request{Root: root, Selection: sel, Config: cfg, Engines: engines, Options: opts})
	if err != nil {
		return nil, err
	}
	for _, e := range res.Errors {
		if e.Internal {
			return nil, fmt.Errorf("%s", e.Error())
		}
	}
	return res.Findings, nil
}

// summary renders findings as sorted "RULE file:line:col" lines.
func summary(fs []rules.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s %s:%d:%d", f.RuleID, f.File, f.Line, f.Column))
	}
	sort.Strings(out)
	return out
}

func wantFindings(t *testing.T, got []rules.Finding, want ...string) {
	t.Helper()
	sort.Strings(want)
	g := summary(got)
	if strings.Join(g, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n  %s\nwant:\n  %s", strings.Join(g, "\n  "), strings.Join(want, "\n  "))
		for _, f := range got {
			t.Logf("%s %s:%d %s", f.RuleID, f.File, f.Line, f.Message)
		}
	}
}

// noLeak fails when a message carries more of a secret than its redacted form.
func noLeak(t *testing.T, fs []rules.Finding) {
	t.Helper()
	for _, f := range fs {
		if f.Secret == "" {
			t.Errorf("%s %s:%d: finding without Secret", f.RuleID, f.File, f.Line)
			continue
		}
		if len(f.Secret) > 12 && strings.Contains(f.Message, f.Secret[len(f.Secret)-12:]) {
			t.Errorf("%s %s:%d: message shows the secret: %s", f.RuleID, f.File, f.Line, f.Message)
		}
	}
}

func TestPositionsAndMessages(t *testing.T) {
	root := project(t, map[string]string{
		"package.json": `{"dependencies":{"@clerk/nextjs":"6.0.0"}}`,
		// CRLF line ends, a tab and two keys on one line.
		"src/a.ts": "// header\r\n\tconst a = \"" + liveKey + "\", b = '" + testKey + "';\r\n",
		"src/b.go": "package b\n\nvar k = `" + liveKey + "`\n",
	})
	fs := run(t, root, scan.Options{}, nil, "")
	wantFindings(t, fs, "CLK001 src/a.ts:2:13", "CLK001 src/a.ts:2:71", "CLK001 src/b.go:3:10")
	noLeak(t, fs)
	for _, f := range fs {
		if f.EndLine != f.Line || f.EndColumn != f.Column+len(f.Secret) {
			t.Errorf("%s:%d: end %d:%d, want %d:%d", f.File, f.Line, f.EndLine, f.EndColumn, f.Line, f.Column+len(f.Secret))
		}
		if !strings.HasPrefix(f.Message, "clerk production secret key sk_live_…") && !strings.HasPrefix(f.Message, "clerk development secret key sk_test_…") {
			t.Errorf("message %q", f.Message)
		}
	}
}

// TestLongMinifiedLine checks exact columns deep inside a multi-MB single line,
// where the windows are clipped rather than line-bounded.
func TestLongMinifiedLine(t *testing.T) {
	filler := strings.Repeat("function a(b){return b+1};", 120_000) // ~3 MB
	src := "var x=1;" + filler + `k="` + liveKey + `";` + filler + `w="` + fake("whsec_", "long", 32) + `";` + "\n"
	root := project(t, map[string]string{
		"package.json":         `{"dependencies":{"@clerk/clerk-react":"5.0.0"}}`,
		"dist/assets/index.js": src,
	})
	fs := run(t, root, scan.Options{}, nil, "")
	k := strings.Index(src, liveKey) + 1
	w := strings.Index(src, "whsec_") + 1
	wantFindings(t, fs, fmt.Sprintf("CLK002 dist/assets/index.js:1:%d", k), fmt.Sprintf("CLK002 dist/assets/index.js:1:%d", w))
}

// TestAllSecrets covers --all-secrets: gitleaks' stripe-access-token hit on a
// Clerk key stays CLK001 (once), other vendors' credentials are CLK010,
// publishable keys and placeholders are dropped, and nothing runs without the flag.
func TestAllSecrets(t *testing.T) {
	aws := "AKIA" + strings.ToUpper(scantest.FakeBody("AKIA", "aws", 40))
	aws = aws[:4] + strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return 'Q'
		}
		return r
	}, aws[4:20]) // [A-Z2-7]{16}
	ghp := fake("ghp_", "gh", 36)
	stripe99 := keys.SecretLivePrefix + "51" + scantest.FakeBody("sk_live_", "st", 97)
	pk := "pk_test_Zm9vLWJhci0xMy5jbGVyay5hY2NvdW50cy5kZXYk"
	root := project(t, map[string]string{
		"package.json": `{"dependencies":{"@clerk/nextjs":"6.0.0"}}`,
		".gitignore":   ".env.local\n",
		"src/config.js": strings.Join([]string{
			`const clerkSecretKey = "` + liveKey + `";`,
			`const awsKey = "` + aws + `";`,
			`const githubToken = "` + ghp + `";`,
			`const publishableKey = "` + pk + `";`,
			`const STRIPE_SECRET_KEY = "` + stripe99 + `";`,
			`const apiKey = "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx";`,
		}, "\n") + "\n",
		".env":       "CLERK_SECRET_KEY=" + testKey + "\nGITHUB_TOKEN=" + ghp + "\n",
		".env.local": "GITHUB_TOKEN=" + ghp + "\n",
	})

	fs := run(t, root, scan.Options{AllSecrets: true}, nil, "")
	wantFindings(t, fs,
		"CLK001 src/config.js:1:25",
		"CLK010 src/config.js:2:17",
		"CLK010 src/config.js:3:22",
		"CLK005 src/config.js:4:25",
		"CLK010 src/config.js:5:28",
		"CLK010 .env:2:14",
	)
	noLeak(t, fs)
	for _, f := range fs {
		if f.RuleID == "CLK010" && !strings.Contains(f.Message, "(gitleaks rule ") {
			t.Errorf("CLK010 message does not name the gitleaks rule: %s", f.Message)
		}
	}

	// With CLK005 off, gitleaks' generic-api-key hit on the publishable key must
	// still not become CLK010; with CLK001 off, the Clerk key comes back from
	// gitleaks' stripe-access-token as CLK001 only while CLK001 is enabled.
	fs = run(t, root, scan.Options{AllSecrets: true}, []string{"CLK010", "CLK001"}, "")
	wantFindings(t, fs,
		"CLK001 src/config.js:1:25",
		"CLK010 src/config.js:2:17",
		"CLK010 src/config.js:3:22",
		"CLK010 src/config.js:5:28",
		"CLK010 .env:2:14",
	)
	fs = run(t, root, scan.Options{AllSecrets: true}, []string{"CLK010"}, "")
	wantFindings(t, fs,
		"CLK010 src/config.js:2:17",
		"CLK010 src/config.js:3:22",
		"CLK010 src/config.js:5:28",
		"CLK010 .env:2:14",
	)
	// skip-rules silences a gitleaks rule.
	fs = run(t, root, scan.Options{AllSecrets: true}, []string{"CLK010"}, thirdPartyOverride("[github-pat]"))
	wantFindings(t, fs, "CLK010 src/config.js:2:17", "CLK010 src/config.js:5:28")

	fs = run(t, root, scan.Options{}, nil, "")
	wantFindings(t, fs, "CLK001 src/config.js:1:25", "CLK005 src/config.js:4:25")
}

func thirdPartyOverride(skip string) string {
	return `rules:
  - id: CLK010
    slug: third-party-secret
    title: Non-Clerk credential committed
    severity: warning
    checklist: review-env-vars
    cwe: CWE-798
    engines: [secrets]
    rationale: x
    fix: x
    examples: {bad: x, good: y}
    params:
      max-file-size: 1000000
      skip-rules: ` + skip + "\n"
}

// clk001 renders a user override of CLK001 with the given params block.
func clk001(params string) string {
	return `rules:
  - id: CLK001
    slug: secret-key-in-source
    title: Clerk secret key committed in source
    severity: error
    checklist: review-env-vars
    cwe: CWE-798
    engines: [secrets]
    rationale: x
    fix: x
    examples: {bad: x, good: y}
    params:
` + params
}

const basePattern = `      patterns:
        - name: clerk-secret-key
          regex: '\b(sk_(?:test|live)_[A-Za-z0-9]{16,120})\b'
          secretGroup: 1
          keywords: [sk_test_, sk_live_]
`

// TestUserAllowlists checks that gitleaks-style allowlists from a --rules file
// reach the detector: line regexes, stopwords, paths, and AND conditions.
func TestUserAllowlists(t *testing.T) {
	other := fake(keys.SecretLivePrefix, "other", 42)
	root := project(t, map[string]string{
		"src/a.ts":           `const k = "` + liveKey + `"; // rotated-2024` + "\n" + `const j = "` + testKey + `";` + "\n",
		"fixtures/b.ts":      `const k = "` + other + `";` + "\n",
		"fixtures/c.ts":      `const k = "` + testKey + `"; // rotated-2024` + "\n",
		"docs/d.md":          "`" + testKey + "`\n",
		"src/e.ts":           `const k = "` + other + `";` + "\n",
		"src/stop/words.ts":  `const k = "` + liveKey[:len(liveKey)-6] + "ZZstop" + `";` + "\n",
		"src/stop/other.ts":  `const k = "` + liveKey[:len(liveKey)-6] + "ZZnope" + `";` + "\n",
		"src/both/match.ts":  `const k = "` + testKey + `"; // rotated-2024` + "\n",
		"other/both/miss.ts": `const k = "` + testKey + `"; // rotated-2024` + "\n",
	})
	params := basePattern + `      allowlists:
        - description: keys marked rotated on their line
          regexTarget: line
          regexes: ['rotated-\d{4}']
          paths: ['^src/both/']
          condition: AND
        - description: test fixtures
          paths: ['^fixtures/b\.ts$']
        - stopwords: [zzstop]
        - regexTarget: match
          regexes: ['^sk_test_']
          paths: ['^docs/']
          condition: AND
`
	fs := run(t, root, scan.Options{}, []string{"CLK001"}, clk001(params))
	wantFindings(t, fs,
		"CLK001 src/a.ts:1:12",
		"CLK001 src/a.ts:2:12",
		"CLK001 fixtures/c.ts:1:12",
		"CLK001 src/e.ts:1:12",
		"CLK001 src/stop/other.ts:1:12",
		"CLK001 other/both/miss.ts:1:12",
	)
}

// TestParamErrors checks that bad params fail at load with file:line and field.
func TestParamErrors(t *testing.T) {
	tests := []struct {
		name   string
		rules  string
		errSub string
	}{
		{"bad regex", clk001(`      patterns:
        - name: p
          regex: 'sk_(test'
          keywords: [sk_test_]
`), `user-rules.yaml:15: rule CLK001: field "params.patterns.0.regex": invalid regex`},
		{"secret group", clk001(`      patterns:
        - name: p
          regex: 'sk_(test)_'
          secretGroup: 2
          keywords: [sk_test_]
`), `user-rules.yaml:16: rule CLK001: field "params.patterns.0.secretGroup": group 2 does not exist`},
		{"no keywords", clk001(`      patterns:
        - name: p
          regex: 'sk_test_'
`), `field "params.patterns.0": keywords are required`},
		{"no patterns", clk001("      env-names: [CLERK_SECRET_KEY]\n"), `field "params.patterns": at least one pattern is required`},
		{"condition", clk001(basePattern + `      allowlists:
        - regexes: [x]
          condition: XOR
`), `user-rules.yaml:20: rule CLK001: field "params.allowlists.0.condition": unknown condition "XOR"`},
		{"regexTarget", clk001(basePattern + `      allowlists:
        - regexes: [x]
          regexTarget: file
`), `field "params.allowlists.0.regexTarget": unknown regexTarget "file"`},
		{"empty allowlist", clk001(basePattern + `      allowlists:
        - description: nothing
`), `must contain at least one check`},
		{"unknown field", clk001(basePattern + "      entropy: 3\n"), `field "params.entropy": unknown field`},
		{"unknown rule", strings.Replace(clk001(basePattern), "CLK001", "CLK950", 1), `rule CLK950: field "engines": the secrets engine implements`},
		{"negative max size", strings.Replace(thirdPartyOverride("[]"), "1000000", "-1", 1), `field "params.max-file-size": must not be negative`},
	}
	root := project(t, map[string]string{"a.txt": "x\n"})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := runErr(root, scan.Options{}, nil, tt.rules)
			if err == nil || !strings.Contains(err.Error(), tt.errSub) {
				t.Fatalf("error %v, want it to contain %q", err, tt.errSub)
			}
		})
	}
}

// TestRuleSubsets checks each rule alone: any subset may be disabled.
func TestRuleSubsets(t *testing.T) {
	wh := fake("whsec_", "sub", 32)
	pk := "pk_live_Y2xlcmsuZXhhbXBsZS5jb20k"
	root := project(t, map[string]string{
		"package.json":   `{"dependencies":{"@clerk/express":"1.0.0"}}`,
		".gitignore":     "dist/\n",
		"src/server.js":  `const k = "` + liveKey + `"; const w = "` + wh + `"; const p = "` + pk + `";` + "\n",
		"dist/client.js": `const k="` + liveKey + `",w="` + wh + `",p="` + pk + `";` + "\n",
	})
	for _, tt := range []struct {
		only []string
		want []string
	}{
		{[]string{"CLK001"}, []string{"CLK001 src/server.js:1:12"}},
		{[]string{"CLK002"}, []string{"CLK002 dist/client.js:1:10", "CLK002 dist/client.js:1:65"}},
		{[]string{"CLK005"}, []string{"CLK005 src/server.js:1:128"}},
		{[]string{"CLK006"}, []string{"CLK006 src/server.js:1:76"}},
	} {
		t.Run(strings.Join(tt.only, ","), func(t *testing.T) {
			wantFindings(t, run(t, root, scan.Options{}, tt.only, ""), tt.want...)
		})
	}
}

// TestEnvValues covers exact env values: shape-less values in bundles, values
// from templates ignored, other vendors' names skipped, and a key found both by
// shape and by value reported once.
func TestEnvValues(t *testing.T) {
	enc := strings.ToLower(scantest.FakeBody("enc", "hex", 64))
	stripeWh := fake("whsec_", "stripe", 32)
	tmpl := fake(keys.SecretTestPrefix, "tmpl", 24)
	root := project(t, map[string]string{
		"package.json": `{"dependencies":{"@clerk/nextjs":"6.0.0"}}`,
		".gitignore":   ".env.local\nout/\n",
		".env.local": "CLERK_SECRET_KEY=" + liveKey + "\nCLERK_ENCRYPTION_KEY=" + enc +
			"\nSTRIPE_WEBHOOK_SECRET=" + stripeWh + "\nCLERK_API_URL=https://api.clerk.com\n",
		".env.example": "CLERK_SECRET_KEY=" + tmpl + "\n",
		"out/_next/static/app.js": `a="` + enc + `";b="` + liveKey + `";c="` + stripeWh + `";d="` + tmpl +
			`";e="https://api.clerk.com";` + "\n",
	})
	fs := run(t, root, scan.Options{}, nil, "")
	// The template's own key is CLK001; its value is not searched in the bundle,
	// and the Stripe webhook secret is known to be Stripe's from its env name.
	wantFindings(t, fs, "CLK001 .env.example:1:18", "CLK002 out/_next/static/app.js:1:4", "CLK002 out/_next/static/app.js:1:73")
	noLeak(t, fs)
	for _, f := range fs {
		if f.Column == 4 && !strings.HasPrefix(f.Message, "value of CLERK_ENCRYPTION_KEY from .env.local (…") {
			t.Errorf("env value message: %s", f.Message)
		}
		if f.Column == 73 && !strings.HasPrefix(f.Message, "clerk production secret key") {
			t.Errorf("a key matched by shape and by value should read as a key: %s", f.Message)
		}
	}
}

// TestBundleRelated checks the source-map related locations of the vite fixture,
// which the annotation harness does not look at.
func TestBundleRelated(t *testing.T) {
	root := t.TempDir()
	if _, err := scantest.Prepare("../../../testdata/secrets/vite-bundle", root); err != nil {
		t.Fatal(err)
	}
	fs, err := scantest.Engines(Engine)(root)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fs {
		for _, r := range f.Related {
			got = append(got, fmt.Sprintf("%s:%d -> %s:%d:%d %s", f.File, f.Column, r.File, r.Line, r.Column, r.Message))
		}
	}
	sort.Strings(got)
	want := []string{
		"dist/assets/index-abc.js:3122 -> src/lib/clerk.ts:15:25 bundled from here (per source map index-abc.js.map)",
		"dist/assets/index-abc.js:4698 -> src/lib/clerk.ts:4:26 bundled from here (per source map index-abc.js.map)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("related:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// TestSourceMapForms covers inline data: maps, webpack:// sources, a map beside
// the bundle without a comment, and malformed maps (no related, no panic).
func TestSourceMapForms(t *testing.T) {
	line := `var k="` + liveKey + `";` // key quote at column 6 (0-based)
	inline := `{"version":3,"sources":["webpack://_N_E/./src/app/page.tsx"],"names":[],"mappings":"AAAA,MAAM"}`
	beside := `{"version":3,"sources":["../src/beside.ts"],"names":[],"mappings":"AAAA,MACM"}`
	bad := `{"version":3,"sources":[],"names":[],"mappings":"AAAA,MAAM"}`
	root := project(t, map[string]string{
		"package.json":        `{"dependencies":{"@clerk/nextjs":"6.0.0"}}`,
		"build/inline.js":     line + "\n//# sourceMappingURL=data:application/json;base64," + b64(inline) + "\n",
		"build/beside.js":     line + "\n",
		"build/beside.js.map": beside,
		"build/bad.js":        line + "\n//# sourceMappingURL=bad.js.map\n",
		"build/bad.js.map":    bad,
		"build/escape.js":     line + "\n//# sourceMappingURL=../../../etc/x.map\n",
		"build/garbage.js":    line + "\n//# sourceMappingURL=garbage.map\n",
		"build/garbage.map":   "{not json",
	})
	fs := run(t, root, scan.Options{}, []string{"CLK002"}, "")
	got := map[string]string{}
	for _, f := range fs {
		rel := ""
		for _, r := range f.Related {
			rel += fmt.Sprintf("%s:%d:%d", r.File, r.Line, r.Column)
		}
		got[f.File] = rel
	}
	want := map[string]string{
		"build/inline.js":  "src/app/page.tsx:1:7",
		"build/beside.js":  "src/beside.ts:2:7",
		"build/bad.js":     "",
		"build/escape.js":  "",
		"build/garbage.js": "",
	}
	for f, w := range want {
		if g, ok := got[f]; !ok || g != w {
			t.Errorf("%s: related %q (found %v), want %q", f, g, ok, w)
		}
	}
}

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

// TestKeyGluedToWord: a key right after a word character is still committed: an
// env-style name glued to the value (MY_sk_test_…), an underscore or a letter
// before the prefix. The patterns used to start with \b, which '_' defeats.
func TestKeyGluedToWord(t *testing.T) {
	hook := fake(keys.WebhookSecretPrefix, "glued", 32)
	root := project(t, map[string]string{
		"package.json": `{"dependencies":{"@clerk/nextjs":"6.0.0"}}`,
		"src/a.ts":     "const my_" + testKey + " = 1\nconst CLERK_" + liveKey + " = 2\n",
		"src/w.ts":     "// svix\nconst clerk_" + hook + " = 1\n",
	})
	fs := run(t, root, scan.Options{}, nil, "")
	wantFindings(t, fs, "CLK001 src/a.ts:1:10", "CLK001 src/a.ts:2:13", "CLK006 src/w.ts:2:13")
	noLeak(t, fs)
}
