package envfile

import (
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// userRule replaces one built-in rule with a user-written one carrying params,
// the way a --rules file would.
func userRule(t *testing.T, id, params string) []*rules.Rule {
	t.Helper()
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	yaml := "rules:\n  - id: " + id + `
    slug: user-rule
    title: user rule
    severity: error
    checklist: review-env-vars
    cwe: CWE-200
    engines: [env]
    rationale: r
    fix: f
    examples: {bad: b, good: g}
`
	if params != "" {
		yaml += "    params:\n" + params
	}
	set, err = set.WithData("user.yaml", []byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	return []*rules.Rule{set.Get(id)}
}

func TestNewErrors(t *testing.T) {
	tests := []struct {
		name, id, params string
		want             string // substring of the error
	}{
		{"unknown param", ruleid.SecretInPublicEnvVar, "      public-prefix: [VITE_]\n", `user.yaml:13: rule CLK003: field "params.public-prefix": unknown field`},
		{"bad regex", ruleid.SecretInPublicEnvVar, "      public-prefixes: [VITE_]\n      secret-names: ['CLERK_(']\n", `user.yaml:14: rule CLK003: field "params.secret-names.0": invalid regex`},
		{"bad glob", ruleid.SecretInPublicEnvVar, "      public-prefixes: [VITE_]\n      secret-names: [CLERK_X]\n      build-output: ['[']\n", `user.yaml:15: rule CLK003: field "params.build-output.0": invalid glob`},
		{"pattern without a stem", ruleid.SecretInPublicEnvVar, "      public-prefixes: [VITE_]\n      secret-names: ['(?i)clerk_secret_key']\n", `field "params.secret-names.0": pattern "(?i)clerk_secret_key" must start with a literal stem`},
		{"missing secret names", ruleid.SecretInPublicEnvVar, "      public-prefixes: [VITE_]\n", `field "params.secret-names": is required`},
		{"no params at all", ruleid.SecretInPublicEnvVar, "", `field "params.secret-names": is required`},
		{"missing prefixes", ruleid.SecretInPublicEnvVar, "      secret-names: [CLERK_X]\n", `field "params.public-prefixes": is required`},
		{"bad prefix", ruleid.SecretInPublicEnvVar, "      public-prefixes: [VITE-]\n      secret-names: [CLERK_X]\n", `field "params.public-prefixes.0": "VITE-" is not an env var prefix`},
		{"CLK007 needs names", ruleid.EnvFileNotIgnored, "      secret-names: []\n", `rule CLK007: field "params.secret-names": is required`},
		{"CLK009 takes no params", ruleid.TestLiveKeyMix, "      production: [x]\n", `rule CLK009: field "params.production": unknown field`},
		{"unknown rule", "CLK099", "", "rule CLK099: the env engine does not implement it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(userRule(t, tt.id, tt.params), scan.Options{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New() error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// TestUserParams: a user rule file can change the prefixes and names.
func TestUserParams(t *testing.T) {
	rs := userRule(t, ruleid.SecretInPublicEnvVar, "      public-prefixes: [APP_PUBLIC_]\n      secret-names: ['AUTH_(TOKEN|KEY)']\n")
	c, err := New(rs, scan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := "APP_PUBLIC_AUTH_KEY=x\nNEXT_PUBLIC_CLERK_SECRET_KEY=x\nx = process.env.APP_PUBLIC_AUTH_TOKEN\n"
	got := run(c.(*checker), &scan.Project{}, file(".env", scan.Env), src)
	compare(t, src, got, []want{{ruleid.SecretInPublicEnvVar, 1, 1, 20, []string{"rename it to AUTH_KEY"}}})
	got = run(c.(*checker), &scan.Project{}, file("a.ts", scan.Source), src)
	compare(t, src, got, []want{{ruleid.SecretInPublicEnvVar, 1, 1, 20, nil}, {ruleid.SecretInPublicEnvVar, 3, 17, 38, []string{"rename it to AUTH_TOKEN"}}})
}

func TestLeadingLiteral(t *testing.T) {
	tests := map[string]string{
		"CLERK_SECRET_KEY":                  "CLERK_SECRET_KEY",
		"^CLERK_SECRET_KEY$":                "CLERK_SECRET_KEY",
		"CLERK_WEBHOOK(_[A-Z0-9]+)*_SECRET": "CLERK_WEBHOOK",
		"(CLERK_A|CLERK_B)":                 "CLERK_",
		"(?:CLERK_)?SECRET":                 "",
		"(?i)clerk_":                        "",
		"[A-Z]+_KEY":                        "",
		"(":                                 "",
	}
	for pattern, want := range tests {
		if got := leadingLiteral(pattern); got != want {
			t.Errorf("leadingLiteral(%q) = %q, want %q", pattern, got, want)
		}
	}
}

func TestBuiltinNames(t *testing.T) {
	n := newChecker(t, ruleid.SecretInPublicEnvVar).public
	if len(n.stems) != 1 || string(n.stems[0]) != "CLERK_" {
		t.Errorf("built-in names prefilter on %q, want the single stem CLERK_", n.stems)
	}
	tests := []struct {
		name, prefix, secret, server string
	}{
		{"NEXT_PUBLIC_CLERK_SECRET_KEY", "NEXT_PUBLIC_", "CLERK_SECRET_KEY", "CLERK_SECRET_KEY"},
		{"VITE_CLERK_SECRET_KEY_PROD", "VITE_", "CLERK_SECRET_KEY_PROD", "CLERK_SECRET_KEY_PROD"},
		{"PUBLIC_CLERK_WEBHOOK_SECRET", "PUBLIC_", "CLERK_WEBHOOK_SECRET", "CLERK_WEBHOOK_SECRET"},
		{"EXPO_PUBLIC_CLERK_WEBHOOK_SIGNING_SECRET", "EXPO_PUBLIC_", "CLERK_WEBHOOK_SIGNING_SECRET", "CLERK_WEBHOOK_SIGNING_SECRET"},
		{"VITE_PUBLIC_MY_CLERK_MACHINE_SECRET_KEY", "VITE_", "CLERK_MACHINE_SECRET_KEY", "MY_CLERK_MACHINE_SECRET_KEY"},
		{"NUXT_PUBLIC_CLERK_ENCRYPTION_KEY", "NUXT_PUBLIC_", "CLERK_ENCRYPTION_KEY", "CLERK_ENCRYPTION_KEY"},
		{"NEXT_PUBLIC_CLERK_JWT_KEY", "", "", ""},
		{"NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", "", "", ""},
		{"VITE_CLERK_SECRET_KEYS_DOC", "", "", ""},
		{"VITE_XCLERK_SECRET_KEY", "", "", ""},
		{"CLERK_SECRET_KEY", "", "", ""},
		{"VITE_", "", "", ""},
		{"NEXT_PUBLIC_CLERK_WEBHOOK_URL", "", "", ""},
	}
	for _, tt := range tests {
		prefix, secret := n.exposed(tt.name)
		if prefix != tt.prefix || secret != tt.secret {
			t.Errorf("exposed(%q) = %q, %q; want %q, %q", tt.name, prefix, secret, tt.prefix, tt.secret)
		}
		if tt.server != "" && n.serverName(tt.name) != tt.server {
			t.Errorf("serverName(%q) = %q, want %q", tt.name, n.serverName(tt.name), tt.server)
		}
	}
}
