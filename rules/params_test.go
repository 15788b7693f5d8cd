package rules

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// authParams is the shape of the Next.js rules' params that these tests decode.
type authParams struct {
	Auth struct {
		AuthFunctions    []helperRef `yaml:"auth-functions"`
		ProtectFunctions []helperRef `yaml:"protect-functions"`
		ExitCalls        []string    `yaml:"exit-calls"`
		Wrappers         []helperRef `yaml:"wrappers"`
		RequestAuth      []string    `yaml:"request-auth"`
		RequestFunctions []string    `yaml:"request-functions"`
	} `yaml:"auth"`
	PublicRoutes   []Glob   `yaml:"public-routes"`
	PublicData     []string `yaml:"public-data"`
	PublicFields   []string `yaml:"public-fields"`
	PublicIntake   []string `yaml:"public-intake"`
	PublicClients  []string `yaml:"public-clients"`
	Methods        []string `yaml:"methods"`
	Delegates      []string `yaml:"delegates"`
	ProtectedPages []Glob   `yaml:"protected-pages"`
}

type helperRef struct {
	Module string `yaml:"module"`
	Name   string `yaml:"name"`
	Param  int    `yaml:"param"`
}

func selectWith(t *testing.T, cfgSrc string) (*Set, *Selection, error) {
	t.Helper()
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := ParseConfig(".clerklint.yml", []byte(cfgSrc))
	if err != nil {
		t.Fatal(err)
	}
	sel, err := Select(set, cfg, nil, nil)
	return set, sel, err
}

func TestParamsOverrideMerges(t *testing.T) {
	set, sel, err := selectWith(t, `rules:
  CLK101:
    params:
      auth:
        protect-functions:
          - {module: '@acme/auth', name: requireUser}
      methods: [GET]
`)
	if err != nil {
		t.Fatal(err)
	}
	var got, declared authParams
	if err := sel.Set.Get("CLK101").DecodeParams(&got); err != nil {
		t.Fatal(err)
	}
	if err := set.Get("CLK101").DecodeParams(&declared); err != nil {
		t.Fatal(err)
	}
	// Lists replace; sibling keys of a merged mapping keep their values.
	if len(got.Auth.ProtectFunctions) != 1 || got.Auth.ProtectFunctions[0].Name != "requireUser" {
		t.Errorf("protect-functions = %+v, want only requireUser", got.Auth.ProtectFunctions)
	}
	if len(got.Auth.AuthFunctions) == 0 || len(got.Auth.AuthFunctions) != len(declared.Auth.AuthFunctions) {
		t.Errorf("auth-functions lost in the merge: %+v", got.Auth.AuthFunctions)
	}
	if len(got.Auth.ExitCalls) == 0 || len(got.PublicRoutes) != len(declared.PublicRoutes) || len(got.ProtectedPages) == 0 {
		t.Errorf("untouched keys lost in the merge: %+v", got)
	}
	if strings.Join(got.Methods, ",") != "GET" {
		t.Errorf("methods = %v, want [GET]", got.Methods)
	}
	// Neither the built-in set nor the rules sharing CLK101's anchor change.
	for _, id := range []string{"CLK102", "CLK103"} {
		var p authParams
		if err := sel.Set.Get(id).DecodeParams(&p); err != nil {
			t.Fatal(err)
		}
		if len(p.Auth.ProtectFunctions) != len(declared.Auth.ProtectFunctions) {
			t.Errorf("%s changed by CLK101's override: %+v", id, p.Auth.ProtectFunctions)
		}
	}
	if len(declared.Auth.ProtectFunctions) < 2 || len(declared.Methods) < 2 {
		t.Errorf("the built-in CLK101 changed: %+v", declared)
	}
	var again authParams
	if err := set.Get("CLK101").DecodeParams(&again); err != nil || len(again.Auth.ProtectFunctions) != len(declared.Auth.ProtectFunctions) {
		t.Errorf("the built-in CLK101 changed: %+v %v", again.Auth.ProtectFunctions, err)
	}
}

func TestMergeParams(t *testing.T) {
	for _, tc := range []struct{ base, over, want string }{
		{"a: 1\nb: 2\n", "b: 3\n", "a: 1\nb: 3\n"},
		{"a: {x: [1, 2], y: 1}\n", "a: {x: [3]}\n", "a: {x: [3], y: 1}\n"},
		{"a: {x: 1}\n", "a: {z: 2}\n", "a: {x: 1, z: 2}\n"},
		{"a: &s {x: 1}\nb: *s\n", "b: {x: 2}\n", "a: &s {x: 1}\nb: {x: 2}\n"},
		{"a: &s {x: 1, y: 1}\nb: *s\n", "b: {y: 2}\n", "a: &s {x: 1, y: 1}\nb: {x: 1, y: 2}\n"},
		{"a: [1]\n", "a: {k: v}\n", "a: {k: v}\n"},
		{"a: {x: [1, 2], y: [1]}\n", "a: {x: !append [3], y: [4]}\n", "a: {x: [1, 2, 3], y: [4]}\n"},
		{"a: &l [1]\nb: *l\n", "b: !append [2]\n", "a: [1]\nb: [1, 2]\n"},
		{"a: {k: v}\n", "b: !append [2]\n", "a: {k: v}\nb: [2]\n"},
	} {
		var base, over yaml.Node
		if err := yaml.Unmarshal([]byte(tc.base), &base); err != nil {
			t.Fatal(err)
		}
		yaml.Unmarshal([]byte(tc.over), &over)
		before, _ := yaml.Marshal(&base)
		var got, want any
		appends := map[*yaml.Node]bool{}
		o, err := untagAppends(over.Content[0], appends)
		if err != nil {
			t.Fatal(err)
		}
		m := mergeParams(base.Content[0], o, appends)
		if err := m.Decode(&got); err != nil {
			t.Fatal(err)
		}
		yaml.Unmarshal([]byte(tc.want), &want)
		gs, _ := yaml.Marshal(got)
		ws, _ := yaml.Marshal(want)
		if string(gs) != string(ws) {
			t.Errorf("merge(%q, %q) = %s, want %s", tc.base, tc.over, gs, ws)
		}
		if after, _ := yaml.Marshal(&base); string(after) != string(before) {
			t.Errorf("merge(%q, %q) modified the base:\n%s", tc.base, tc.over, after)
		}
	}
}

// TestParamsOverrideErrors: mistakes in an override point at the config file
// and line, whether found by Select (shape) or by the engine's schema.
func TestParamsOverrideErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"rules:\n  CLK101:\n    params:\n      auth:\n        protect-functionz: []\n",
			`.clerklint.yml:5: rule CLK101: field "params.auth.protect-functionz": unknown field (known: auth-functions, exit-calls, protect-functions, request-auth, request-functions, wrappers)`},
		{"rules:\n  CLK101:\n    params:\n      public-routes: ['[']\n",
			`.clerklint.yml:4: rule CLK101: field "params.public-routes.0": invalid glob "["`},
		{"rules:\n  CLK101:\n    params:\n      methods: {GET: true}\n",
			`.clerklint.yml:4: rule CLK101: field "params.methods`},
		{"rules:\n  CLK101:\n    params: [a]\n",
			`.clerklint.yml:3: rule CLK101: field "params": must be a mapping`},
		{"rules:\n  CLK101:\n    params:\n      methods: !append GET\n",
			`.clerklint.yml:4: rule CLK101: field "params": !append applies to a list`},
		{"rules:\n  CLK101:\n    params:\n      methods: !apend [OPTIONS]\n",
			`.clerklint.yml:4: rule CLK101: field "params": unknown tag !apend (the one understood is !append)`},
		{"rules:\n  CLK104:\n    params:\n      x: 1\n",
			`.clerklint.yml:4: rule CLK104: field "params": the rule declares no params to override`},
		// An alias bomb: nested anchors, each referenced ten times, would expand
		// to 10^9 nodes when the override is copied.
		{aliasBomb(9),
			`rule CLK101: field "params": aliases (*a0) are not allowed in params overrides`},
	} {
		_, sel, err := selectWith(t, tc.src)
		if err == nil {
			err = sel.Set.Get("CLK101").DecodeParams(&authParams{})
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("config %q:\n got %v\nwant %s", tc.src, err, tc.want)
		}
	}
	// An empty params key is no override.
	if _, sel, err := selectWith(t, "rules:\n  CLK101:\n    params:\n"); err != nil || sel.Set.Get("CLK101").override != nil {
		t.Errorf("empty params: %v", err)
	}
}

type checkedParams struct {
	Auth checkedSpec `yaml:"auth"`
}

type checkedSpec struct {
	Names []string `yaml:"names"`
}

func (s *checkedSpec) Validate() error {
	for _, n := range s.Names {
		if n == "" {
			return errors.New("empty name")
		}
	}
	return nil
}

// TestParamsOverrideRunsFieldValidators: an engine's Validate method on a
// params field reports an override's mistake at the config's line.
func TestParamsOverrideRunsFieldValidators(t *testing.T) {
	_, sel, err := selectWith(t, "rules:\n  CLK103:\n    params:\n      auth:\n        names: ['']\n")
	if err != nil {
		t.Fatal(err)
	}
	var p checkedParams
	err = sel.Set.Get("CLK103").DecodeParams(&p)
	// The declared auth keys are unknown to this schema: the override is
	// checked first, so its own error wins.
	if want := `.clerklint.yml:4: rule CLK103: field "params.auth": empty name`; err == nil || err.Error() != want {
		t.Fatalf("got %v, want %s", err, want)
	}
}

// aliasBomb builds a config whose CLK101 params override nests depth anchors,
// each level referencing the one below ten times.
func aliasBomb(depth int) string {
	var b strings.Builder
	b.WriteString("rules:\n  CLK101:\n    params:\n      x0: &a0 [lol]\n")
	for i := 1; i < depth; i++ {
		fmt.Fprintf(&b, "      x%d: &a%d [", i, i)
		for j := 0; j < 10; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "*a%d", i-1)
		}
		b.WriteString("]\n")
	}
	fmt.Fprintf(&b, "      methods: *a%d\n", depth-1)
	return b.String()
}
