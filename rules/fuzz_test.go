package rules

import (
	"os"
	"path/filepath"
	"testing"
)

// Native fuzz targets for the two YAML readers a repository under scan can
// feed: a committed .clerklint.yml and a --rules file. `go test` runs the
// seeds; `go test -fuzz FuzzParseConfig ./rules` explores further.

func FuzzParseConfig(f *testing.F) {
	for _, seed := range []string{
		"",
		"fail-on: error\nexclude: [\"gen/**\"]\nskip-dirs: [legacy]\n",
		"disable: [CLK001]\nrules:\n  CLK101:\n    severity: warning\n    params:\n      public-routes: !append [\"/status\"]\n",
		"public-routes: ['/api/health', '/blog/**']\nmax-file-size: 1024\nmax-token-lifetime: 1h\n",
		"a: &a [x, x]\nb: &b [*a, *a]\nrules:\n  CLK101:\n    params: {x: [*b, *b]}\n",
		"rules:\n  CLK999: {disabled: true}\n",
		"exclude: ['[']\n",
		"\xff\xfe: \x00\n",
	} {
		f.Add([]byte(seed))
	}
	set, err := Builtin()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := ParseConfig("fuzz.clerklint.yml", data)
		if err != nil {
			if cfg != nil {
				t.Errorf("error %v with a config", err)
			}
			return
		}
		// A config that parsed has a fail-on the CLI accepts, and selecting
		// rules with it either works or says why.
		if _, err := ParseFailOn(cfg.FailOn); cfg.FailOn != "" && err != nil {
			t.Errorf("accepted fail-on %q: %v", cfg.FailOn, err)
		}
		if sel, err := Select(set, cfg, nil, nil); err == nil && sel.Set == nil {
			t.Error("Select returned no set and no error")
		}
	})
}

func FuzzRulesFile(f *testing.F) {
	entries, err := os.ReadDir(filepath.Join("..", "testdata", "rules", "invalid"))
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "rules", "invalid", e.Name()))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	set, err := Builtin()
	if err != nil {
		f.Fatal(err)
	}
	// The built-in file itself, and an override of one of its entries.
	f.Add([]byte(set.Get("CLK001").Source()))
	f.Add([]byte("rules:\n" + set.Get("CLK101").Source()))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := set.WithData("fuzz-rules.yaml", data)
		if err != nil {
			return
		}
		// Whatever was accepted is a valid set: ids well-formed, each found
		// under its own id, in order.
		prev := ""
		for _, r := range out.All() {
			if !idPattern.MatchString(r.ID) || out.Get(r.ID) != r || r.ID <= prev {
				t.Errorf("accepted rule %q (after %q) is not a valid set member", r.ID, prev)
			}
			prev = r.ID
		}
	})
}

// FuzzRouteGlobs: a public-routes glob from a config file, valid or not,
// and any route path: NewGlob refuses or accepts, MatchRoute answers; no
// input panics.
func FuzzRouteGlobs(f *testing.F) {
	for _, s := range [][2]string{
		{"/api/health", "/api/health/"}, {"/blog/**", "/blog/a/b"}, {"/static/", "/static/"},
		{"/{a,b}/*", "/a/x"}, {"[", "/"}, {"/**/x/**", "/x"}, {"", ""}, {"\\", "/\\"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, pattern, path string) {
		g, err := NewGlob(pattern)
		if err != nil {
			return
		}
		MatchRoute([]Glob{g}, path)
		g.Broad()
	})
}
