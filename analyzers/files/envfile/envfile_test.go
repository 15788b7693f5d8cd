package envfile

import (
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Keys are assembled at run time from random bodies so that no literal in this
// file looks like a credential to other scanners.
func body(seed uint64, n int) string {
	const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	b := make([]byte, n)
	for i := range b {
		b[i] = alnum[r.IntN(len(alnum))]
	}
	return string(b)
}

func skKey(inst string, seed uint64) string { return "sk_" + inst + "_" + body(seed, 42) }
func whsecKey(seed uint64) string           { return "wh" + "sec_" + body(seed, 32) }

const (
	pkTest = "pk_test_ZmFrZS1jbGVyay10ZXN0LmNsZXJrLmFjY291bnRzLmRldiQ" // fake-clerk-test.clerk.accounts.dev$
	pkLive = "pk_live_Y2xlcmsuZXhhbXBsZS5jb20k"                        // clerk.example.com$
)

// newChecker builds the env checker from the built-in rules, limited to ids
// when any are given (the others are "disabled").
func newChecker(t *testing.T, ids ...string) *checker {
	t.Helper()
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var rs []*rules.Rule
	for _, r := range set.ByEngine(Engine.Name) {
		if len(ids) == 0 || contains(ids, r.ID) {
			rs = append(rs, r)
		}
	}
	c, err := New(rs, scan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c.(*checker)
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

type fileOpt func(*scan.File)

func ignored(f *scan.File) { f.Ignored = true }
func tracked(f *scan.File) { f.Tracked = true }

func file(path string, kind scan.Kind, opts ...fileOpt) *scan.File {
	lang := ""
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		lang = path[i+1:]
	}
	f := &scan.File{Path: path, Kind: kind, Lang: lang, Report: true}
	for _, o := range opts {
		o(f)
	}
	return f
}

func run(c *checker, p *scan.Project, f *scan.File, src string) []rules.Finding {
	var out []rules.Finding
	c.Check(p, f, []byte(src), func(fd rules.Finding) { out = append(out, fd) })
	sort.Slice(out, func(i, j int) bool {
		if out[i].Line != out[j].Line {
			return out[i].Line < out[j].Line
		}
		return out[i].Column < out[j].Column
	})
	return out
}

// want is an expected finding: rule, span on one line, and words its message
// must contain.
type want struct {
	rule              string
	line, col, endCol int
	msg               []string
}

func compare(t *testing.T, src string, got []rules.Finding, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		t.Errorf("got %d findings, want %d", len(got), len(wants))
	}
	for i := 0; i < len(got) || i < len(wants); i++ {
		switch {
		case i >= len(got):
			t.Errorf("missing %s at %d:%d", wants[i].rule, wants[i].line, wants[i].col)
		case i >= len(wants):
			t.Errorf("unexpected %s at %d:%d: %s", got[i].RuleID, got[i].Line, got[i].Column, got[i].Message)
		default:
			g, w := got[i], wants[i]
			if g.RuleID != w.rule || g.Line != w.line || g.Column != w.col || g.EndLine != w.line || g.EndColumn != w.endCol {
				t.Errorf("finding %d: got %s %d:%d-%d:%d, want %s %d:%d-%d:%d (%s)", i, g.RuleID, g.Line, g.Column, g.EndLine, g.EndColumn,
					w.rule, w.line, w.col, w.line, w.endCol, g.Message)
			}
			for _, m := range w.msg {
				if !strings.Contains(g.Message, m) {
					t.Errorf("finding %d message %q lacks %q", i, g.Message, m)
				}
			}
		}
	}
	if t.Failed() {
		t.Logf("source:\n%s", src)
	}
}

func TestPublicVarsInEnvFiles(t *testing.T) {
	sk := skKey("live", 1)
	wh := whsecKey(2)
	tests := []struct {
		name string
		src  string
		want []want
	}{
		{"public secret name, empty value", "NEXT_PUBLIC_CLERK_SECRET_KEY=\n",
			[]want{{ruleid.SecretInPublicEnvVar, 1, 1, 29, []string{"NEXT_PUBLIC_CLERK_SECRET_KEY", "NEXT_PUBLIC_", "rename it to CLERK_SECRET_KEY"}}}},
		{"public secret name with real key asks for rotation", "VITE_CLERK_SECRET_KEY=" + sk + "\n",
			[]want{{ruleid.SecretInPublicEnvVar, 1, 1, 22, []string{"rotate", "sk_live_…"}}}},
		{"stacked prefixes", "VITE_PUBLIC_CLERK_WEBHOOK_SIGNING_SECRET=\n",
			[]want{{ruleid.SecretInPublicEnvVar, 1, 1, 41, []string{"VITE_", "rename it to CLERK_WEBHOOK_SIGNING_SECRET"}}}},
		{"export and spaces", "  export   GATSBY_CLERK_ENCRYPTION_KEY = x\n",
			[]want{{ruleid.SecretInPublicEnvVar, 1, 12, 39, []string{"GATSBY_"}}}},
		{"value is a real secret key", "VITE_TOKEN=" + sk + "\n",
			[]want{{ruleid.SecretInPublicEnvVar, 1, 1, 11, []string{"Clerk secret key", "sk_live_…" + sk[len(sk)-4:], "CLERK_SECRET_KEY"}}}},
		{"value is a webhook secret", "NEXT_PUBLIC_HOOK='" + wh + "'\n",
			[]want{{ruleid.SecretInPublicEnvVar, 1, 1, 17, []string{"webhook signing secret", "CLERK_WEBHOOK_SIGNING_SECRET"}}}},
		{"interpolates a secret", "REACT_APP_KEY=${CLERK_MACHINE_SECRET_KEY}\nVITE_X=pre-$CLERK_SECRET_KEY\n",
			[]want{{ruleid.SecretInPublicEnvVar, 1, 1, 14, []string{"set from CLERK_MACHINE_SECRET_KEY"}}, {ruleid.SecretInPublicEnvVar, 2, 1, 7, []string{"set from CLERK_SECRET_KEY"}}}},
		{"publishable key and jwt key are public", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=" + pkLive + "\nNEXT_PUBLIC_CLERK_JWT_KEY=MIIBIjANBg\nVITE_CLERK_JWT_KEY=\n", nil},
		{"near-miss names", "VITE_CLERK_SECRET_KEYS_DOC=x\nNEXT_PUBLIC_CLERK_SECRET=x\nVITE_MY_SECRET_KEY=x\nNEXT_PUBLIC_NOT_CLERK_SECRET_KEYWORD=x\n", nil},
		{"server names are fine", "CLERK_SECRET_KEY=" + sk + "\nCLERK_WEBHOOK_SIGNING_SECRET=" + wh + "\n", nil},
		{"placeholders under public non-secret names", "NEXT_PUBLIC_DEMO=sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nVITE_HOOK=whsec_123\n", nil},
		{"stripe secret under public name is not clerk's", "NEXT_PUBLIC_STRIPE_KEY=" + skKey("live", 3) + "\n", nil},
		{"lowercase prefix is not public", "next_public_clerk_secret_key=x\n", nil},
		{"interpolating a public name", "VITE_URL=${CLERK_SIGN_IN_URL}\n", nil},
	}
	c := newChecker(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(c, &scan.Project{}, file(".env.local", scan.Env, ignored), tt.src)
			compare(t, tt.src, got, tt.want)
		})
	}
}

func TestNotIgnored(t *testing.T) {
	sk := skKey("test", 4)
	src := "# c\nCLERK_SECRET_KEY=" + sk + "\n"
	tests := []struct {
		name string
		git  bool
		f    *scan.File
		want []want
	}{
		{"not ignored, untracked", true, file(".env", scan.Env), []want{{ruleid.EnvFileNotIgnored, 2, 18, 18 + len(sk), []string{"env file .env", "CLERK_SECRET_KEY", ".gitignore does not ignore it"}}}},
		{"no repository, not ignored", false, file(".env", scan.Env), []want{{ruleid.EnvFileNotIgnored, 2, 18, 18 + len(sk), []string{".gitignore does not ignore it"}}}},
		{"tracked though ignored", true, file("app/.env", scan.Env, ignored, tracked), []want{{ruleid.EnvFileNotIgnored, 2, 18, 18 + len(sk), []string{"tracked by git", "git rm --cached app/.env"}}}},
		{"ignored and untracked", true, file(".env.local", scan.Env, ignored), nil},
		{"template", true, file(".env.example", scan.Env), nil},
		{"tracked template", true, file(".env.sample", scan.Env, tracked), nil},
	}
	c := newChecker(t, ruleid.EnvFileNotIgnored)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(c, &scan.Project{Git: tt.git}, tt.f, src)
			compare(t, src, got, tt.want)
			for _, fd := range got {
				if fd.Secret != sk {
					t.Errorf("Secret = %q, want the key as evidence", fd.Secret)
				}
				if strings.Contains(fd.Message, sk) {
					t.Errorf("message prints the full key: %s", fd.Message)
				}
			}
		})
	}
}

func TestNotIgnoredValues(t *testing.T) {
	hex := "a3f" + strings.ToLower(body(5, 29)) // a random-looking encryption key
	tests := []struct {
		name, line string
		report     bool
	}{
		{"clerk secret key", "CLERK_SECRET_KEY=" + skKey("live", 6), true},
		{"42-char key under any name", "SECRET=" + skKey("test", 7), true},
		{"short key under a clerk name", "CLERK_SECRET_KEY=sk_test_" + body(8, 24), true},
		{"webhook secret", "CLERK_WEBHOOK_SECRET=" + whsecKey(9), true},
		{"bare random webhook secret", "CLERK_WEBHOOK_SIGNING_SECRET=" + body(10, 32), true},
		{"encryption key", "CLERK_ENCRYPTION_KEY=" + hex, true},
		{"machine key", "CLERK_MACHINE_SECRET_KEY=ak_" + body(11, 30), true},
		{"placeholder key", "CLERK_SECRET_KEY=sk_test_...", false},
		{"placeholder words", "CLERK_SECRET_KEY=sk_live_YOURSECRETKEYGOESHEREPLEASEREPLACEIT12", false},
		{"low entropy", "CLERK_ENCRYPTION_KEY=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false},
		{"interpolation", "CLERK_SECRET_KEY=${VAULT_CLERK_KEY}", false},
		{"vercel secret reference", "CLERK_SECRET_KEY=@clerk-secret", false},
		{"1password reference", "CLERK_SECRET_KEY=op://prod/clerk/secret-key", false},
		{"stripe key", "STRIPE_SECRET_KEY=" + skKey("live", 12), false},
		{"stripe webhook secret", "STRIPE_WEBHOOK_SECRET=" + whsecKey(13), false},
		{"publishable key", "CLERK_PUBLISHABLE_KEY=" + pkLive, false},
		{"url", "CLERK_API_URL=https://api.clerk.com", false},
		{"random value under a non-secret name", "SESSION_NAME=" + body(14, 32), false},
	}
	c := newChecker(t, ruleid.EnvFileNotIgnored)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(c, &scan.Project{Git: true}, file(".env", scan.Env), tt.line+"\n")
			if tt.report != (len(got) == 1) {
				t.Errorf("%q: got %v, want report=%v", tt.line, got, tt.report)
			}
		})
	}
}

func TestKeyMix(t *testing.T) {
	skT, skL := skKey("test", 20), skKey("live", 21)
	tests := []struct {
		name, path, src string
		want            []want
	}{
		{"pk_live then sk_test", ".env", "PK=" + pkLive + "\nCLERK_SECRET_KEY=" + skT + "\n",
			[]want{{ruleid.TestLiveKeyMix, 2, 18, 18 + len(skT), []string{"secret key CLERK_SECRET_KEY (sk_test_)", "publishable key PK (pk_live_)"}}}},
		{"sk_live then pk_test", ".env.staging", "CLERK_SECRET_KEY=" + skL + "\nNEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=" + pkTest + "\n",
			[]want{{ruleid.TestLiveKeyMix, 2, 35, 35 + len(pkTest), []string{"publishable key NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY (pk_test_)", "CLERK_SECRET_KEY (sk_live_)"}}}},
		{"matching dev pair", ".env", "PK=" + pkTest + "\nSK=" + skT + "\n", nil},
		{"matching prod pair in production", ".env.production", "PK=" + pkLive + "\nSK=" + skL + "\n", nil},
		{"both instances on purpose", ".env", "A=" + pkTest + "\nB=" + skT + "\nC=" + pkLive + "\nD=" + skL + "\n", nil},
		{"test keys in production", ".env.production", "PK=" + pkTest + "\nSK=" + skT + "\n",
			[]want{{ruleid.TestLiveKeyMix, 1, 4, 4 + len(pkTest), []string{"development publishable key (pk_test_)", ".env.production", "pk_live_"}},
				{ruleid.TestLiveKeyMix, 2, 4, 4 + len(skT), []string{"development secret key (sk_test_)", "sk_live_"}}}},
		{"test key in production with a live partner", "prod.env", "PK=" + pkLive + "\nSK=" + skT + "\n",
			[]want{{ruleid.TestLiveKeyMix, 2, 4, 4 + len(skT), []string{"sk_test_", "does not match the pk_live_ key in PK"}}}},
		{"placeholders in production", ".env.prod", "PK=pk_test_xxxxx\nSK=sk_test_...\n", nil},
		{"only one kind", ".env", "PK=" + pkLive + "\n", nil},
		{"stripe key is not the partner", ".env", "PK=" + pkLive + "\nSTRIPE_SECRET_KEY=" + skT + "\n", nil},
		{"development file", ".env.development", "PK=" + pkTest + "\nSK=" + skT + "\n", nil},
	}
	c := newChecker(t, ruleid.TestLiveKeyMix)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(c, &scan.Project{}, file(tt.path, scan.Env, ignored), tt.src)
			compare(t, tt.src, got, tt.want)
			for _, fd := range got {
				if strings.Contains(fd.Message, skT) || strings.Contains(fd.Message, skL) {
					t.Errorf("message prints a full key: %s", fd.Message)
				}
			}
		})
	}
}

func TestReferences(t *testing.T) {
	sk := skKey("live", 30)
	tests := []struct {
		name, path string
		kind       scan.Kind
		src        string
		want       []want
	}{
		{"process.env", "src/a.ts", scan.Source, "const k = process.env.NEXT_PUBLIC_CLERK_SECRET_KEY;\n",
			[]want{{ruleid.SecretInPublicEnvVar, 1, 23, 51, []string{"NEXT_PUBLIC_CLERK_SECRET_KEY"}}}},
		{"crlf and several lines", "src/a.ts", scan.Source, "a\r\nb\r\n  x(import.meta.env.VITE_CLERK_SECRET_KEY)\r\n",
			[]want{{ruleid.SecretInPublicEnvVar, 3, 21, 42, nil}}},
		{"two on one line", "src/a.js", scan.Source, "f(process.env.VITE_CLERK_SECRET_KEY, process.env.VITE_CLERK_WEBHOOK_SECRET)\n",
			[]want{{ruleid.SecretInPublicEnvVar, 1, 15, 36, nil}, {ruleid.SecretInPublicEnvVar, 1, 50, 75, nil}}},
		{"near misses in source", "src/a.ts", scan.Source,
			"process.env.VITE_CLERK_SECRET_KEYS_DOC\nprocess.env.CLERK_SECRET_KEY\nprocess.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY\nXCLERK_SECRET_KEY\nif (process.env.VITE_MODE == process.env.CLERK_SECRET_KEY) {}\nconst VITE_X = process.env.CLERK_SECRET_KEY\n", nil},
		{"comment lines are skipped", "src/a.ts", scan.Source, "// process.env.NEXT_PUBLIC_CLERK_SECRET_KEY\n  /* VITE_CLERK_SECRET_KEY */\n * VITE_CLERK_SECRET_KEY\n", nil},
		{"hash is not a comment in js", "src/a.js", scan.Source, "#k = process.env.VITE_CLERK_SECRET_KEY\n",
			[]want{{ruleid.SecretInPublicEnvVar, 1, 18, 39, nil}}},
		{"hash comment in python", "app.py", scan.Source, "# os.environ['VITE_CLERK_SECRET_KEY']\n", nil},
		{"object key assigned a secret in source", "src/cfg.ts", scan.Source, "export default { VITE_SERVER: process.env.CLERK_SECRET_KEY }\n",
			[]want{{ruleid.SecretInPublicEnvVar, 1, 18, 29, []string{"set from CLERK_SECRET_KEY"}}}},
		{"yaml value is a literal key", "ci.yml", scan.Config, "env:\n  NEXT_PUBLIC_K: \"" + sk + "\"\n",
			[]want{{ruleid.SecretInPublicEnvVar, 2, 3, 16, []string{"Clerk secret key", "sk_live_…"}}}},
		{"url scheme is not the assignment", "ci.yml", scan.Config, "NEXT_PUBLIC_K: https://x.dev/?k=" + sk + "\n",
			[]want{{ruleid.SecretInPublicEnvVar, 1, 1, 14, nil}}},
		{"literal key after a later key", "ci.yml", scan.Config, "{NEXT_PUBLIC_A: 1, B: " + sk + "}\n", nil},
		{"stripe key under a public name", "ci.yml", scan.Config, "NEXT_PUBLIC_STRIPE_SECRET: " + sk + "\n", nil},
		{"key glued to an identifier", "ci.yml", scan.Config, "NEXT_PUBLIC_K: xsk_live_" + body(31, 42) + "\n", nil},
		{"literal keys in source are CLK001's", "src/a.ts", scan.Source, "const cfg = { NEXT_PUBLIC_K: \"" + sk + "\" }\n", nil},
		{"ini comment", "app.ini", scan.Config, "; VITE_CLERK_SECRET_KEY=x\n", []want{{ruleid.SecretInPublicEnvVar, 1, 3, 24, nil}}},
		{"markdown prose vs table vs code", "docs/env.md", scan.Doc,
			"# VITE_CLERK_SECRET_KEY\nUse `VITE_CLERK_SECRET_KEY`: no.\n| VITE_CLERK_SECRET_KEY | x |\n1. `VITE_CLERK_SECRET_KEY`: the key\n```sh\n# VITE_CLERK_SECRET_KEY=x\nVITE_CLERK_SECRET_KEY=x\nrun $VITE_CLERK_SECRET_KEY\n```\nsee VITE_CLERK_SECRET_KEY\n<!-- VITE_CLERK_SECRET_KEY=x -->\n",
			[]want{{ruleid.SecretInPublicEnvVar, 3, 3, 24, nil}, {ruleid.SecretInPublicEnvVar, 4, 5, 26, nil}, {ruleid.SecretInPublicEnvVar, 7, 1, 22, nil}, {ruleid.SecretInPublicEnvVar, 8, 6, 27, nil}}},
		{"markdown assignment in prose", "README.md", scan.Doc, "Set NEXT_PUBLIC_CLERK_SECRET_KEY = sk_test_...\n",
			[]want{{ruleid.SecretInPublicEnvVar, 1, 5, 33, nil}}},
		// Entries of next.config env and vite define are CLK004's (js engine).
		{"next.config env is not CLK003", "next.config.js", scan.Source,
			"module.exports = {\n  env: {\n    CLERK_SECRET_KEY: process.env.CLERK_SECRET_KEY,\n  },\n}\n", nil},
		{"vite define is not CLK003", "vite.config.mts", scan.Source, "export default { define: { 'process.env.CLERK_SECRET_KEY': 1 } }\n", nil},
	}
	c := newChecker(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := file(tt.path, tt.kind)
			got := run(c, &scan.Project{ClerkSDKs: []string{"@clerk/nextjs"}}, f, tt.src)
			compare(t, tt.src, got, tt.want)
			for _, fd := range got {
				if strings.Contains(fd.Message, sk) {
					t.Errorf("message prints the full key: %s", fd.Message)
				}
			}
		})
	}
}

func TestWants(t *testing.T) {
	all := newChecker(t)
	only7 := newChecker(t, ruleid.EnvFileNotIgnored)
	tests := []struct {
		c    *checker
		f    *scan.File
		want bool
	}{
		{all, file(".env.local", scan.Env, ignored), true},
		{only7, file(".env.local", scan.Env, ignored), true},
		{all, file("src/a.ts", scan.Source), true},
		{all, file("README.md", scan.Doc), true},
		{all, file(".github/workflows/ci.yml", scan.Config), true},
		{all, file("src/gen.ts", scan.Source, ignored), false},
		{all, file("dist/assets/index.js", scan.Source), false},
		{all, file("apps/web/.next/static/chunks/main.js", scan.Source), false},
		{all, file("public/app.min.js", scan.Source), false},
		{all, file("logo.svg", scan.Other), false},
		{only7, file("src/a.ts", scan.Source), false},
	}
	for _, tt := range tests {
		if got := tt.c.Wants(&scan.Project{}, tt.f); got != tt.want {
			t.Errorf("Wants(%s, public=%v) = %v, want %v", tt.f.Path, tt.c.public != nil, got, tt.want)
		}
	}
}

// TestDisabledRules: each rule reports only when enabled, whatever the others do.
func TestDisabledRules(t *testing.T) {
	src := "NEXT_PUBLIC_CLERK_SECRET_KEY=" + skKey("test", 40) + "\nNEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=" + pkLive + "\n"
	for _, id := range []string{ruleid.SecretInPublicEnvVar, ruleid.EnvFileNotIgnored, ruleid.TestLiveKeyMix} {
		c := newChecker(t, id)
		got := run(c, &scan.Project{Git: true}, file(".env", scan.Env), src)
		if len(got) != 1 || got[0].RuleID != id {
			t.Errorf("only %s enabled: got %+v", id, got)
		}
	}
	c, err := New(nil, scan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Wants(&scan.Project{}, file(".env", scan.Env)) {
		t.Error("an engine with no rules wants files")
	}
}

// FuzzCheck: no input may panic the engine, and every finding lies inside it.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		"NEXT_PUBLIC_CLERK_SECRET_KEY=x", "a: CLERK_SECRET_KEY\n", "```\nVITE_CLERK_SECRET_KEY\n",
		"env: { CLERK_SECRET_KEY", "X=\"sk_live_", "whsec_" + body(50, 30), "| VITE_CLERK_SECRET_KEY",
	} {
		f.Add([]byte(s), uint8(0))
	}
	set, err := rules.Builtin()
	if err != nil {
		f.Fatal(err)
	}
	c, err := New(set.ByEngine(Engine.Name), scan.Options{})
	if err != nil {
		f.Fatal(err)
	}
	files := []*scan.File{
		file(".env.production", scan.Env), file("next.config.ts", scan.Source), file("README.md", scan.Doc),
		file("ci.yaml", scan.Config), file("x.sh", scan.Source),
	}
	f.Fuzz(func(t *testing.T, src []byte, which uint8) {
		fl := files[int(which)%len(files)]
		lines := strings.Count(string(src), "\n") + 1
		c.Check(&scan.Project{Git: true}, fl, src, func(fd rules.Finding) {
			if fd.Line < 1 || fd.Line > lines || fd.Column < 1 || fd.EndColumn < fd.Column && fd.EndLine == fd.Line {
				t.Fatalf("bad position %+v in %q", fd.Position, src)
			}
		})
	})
}
