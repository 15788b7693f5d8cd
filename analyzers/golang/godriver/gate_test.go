package godriver

import (
	"slices"
	"strings"
	"testing"
)

// TestRunSkipsModulesThatCannotMatter: with the registered passes, a module
// none of whose files imports a package the passes act on or names a Clerk
// secret is not loaded at all (its type error is never seen, and it is no
// gap); every module that could matter is.
func TestRunSkipsModulesThatCannotMatter(t *testing.T) {
	needGo(t)
	root := writeTree(t, map[string]string{
		// A library: strings and fmt only. Broken on purpose: loading it would
		// list a type error.
		"lib/go.mod":        "module example.com/lib\n\ngo 1.22\n",
		"lib/lib.go":        "package lib\n\nimport \"strings\"\n\nvar x int = strings.ToUpper(\"not an int\")\n",
		"lib/cmd/x/x.go":    "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"CLERK_PUBLISHABLE_KEY\") }\n",
		"lib/testdata/t.go": "package t\n\nimport \"net/http\"\n\nvar _ = http.Get\n",
		"lib/_old/o.go":     "package old\n\nimport \"os/exec\"\n\nvar _ = exec.Command\n",
		// A nested module of its own that imports net/http: it does not make
		// lib matter.
		"lib/web/go.mod": "module example.com/web\n\ngo 1.22\n",
		"lib/web/web.go": "package web\n\nimport \"net/http\"\n\nvar _ = http.NewServeMux\n",
		// Names the secret through a config key, no import to go by (CLK008).
		"cfg/go.mod": "module example.com/cfg\n\ngo 1.22\n",
		"cfg/cfg.go": "package cfg\n\nimport \"fmt\"\n\nfunc Dump(get func(string) string) { fmt.Println(get(\"clerk.secret-key\")) }\n",
		// Opens a browser (the CLI flow of CLK601/CLK602).
		"cli/go.mod":  "module example.com/cli\n\ngo 1.22\n",
		"cli/main.go": "package main\n\nimport \"os/exec\"\n\nfunc main() { _ = exec.Command(\"xdg-open\", \"https://example.com\").Run() }\n",
	})
	res, err := Run(root, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) > 0 {
		t.Errorf("errors: %+v", res.Errors)
	}
	var got []string
	for _, m := range res.Modules {
		state := "analysed"
		if m.Skipped {
			state = "skipped"
		}
		if !m.Skipped && m.Packages == 0 {
			state = "empty"
		}
		got = append(got, m.Dir+" "+state)
	}
	want := []string{"cfg analysed", "cli analysed", "lib skipped", "lib/web analysed"}
	if !slices.Equal(got, want) {
		t.Errorf("modules:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
