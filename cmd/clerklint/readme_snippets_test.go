package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestReadmeSnippets keeps the README's install and integration snippets true
// to the files they use: every YAML block parses, the action inputs it passes
// exist in action.yml, the pre-commit hook ids exist in .pre-commit-hooks.yaml,
// the golangci-lint plugin import is a package of this module, and every
// `go install ./…` path is a command here.
func TestReadmeSnippets(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	action := loadAction(t)
	hooksData, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID string `yaml:"id"`
	}
	if err := yaml.Unmarshal(hooksData, &hooks); err != nil {
		t.Fatal(err)
	}
	hookIDs := map[string]bool{}
	for _, h := range hooks {
		hookIDs[h.ID] = true
	}

	fence := regexp.MustCompile("(?ms)^( *)```(yaml|sh)\n(.*?)^ *```")
	var sawAction, sawHook, sawPlugin bool
	for _, m := range fence.FindAllStringSubmatch(string(readme), -1) {
		indent, lang, body := m[1], m[2], m[3]
		body = regexp.MustCompile("(?m)^"+indent).ReplaceAllString(body, "")
		if lang == "sh" {
			for _, p := range regexp.MustCompile(`go install (\./cmd/[\w-]+)`).FindAllStringSubmatch(body, -1) {
				if _, err := os.Stat(filepath.Join("../..", p[1], "main.go")); err != nil {
					t.Errorf("README installs %s, which is not a command: %v", p[1], err)
				}
			}
			continue
		}
		var doc any
		if err := yaml.Unmarshal([]byte(body), &doc); err != nil {
			t.Errorf("README YAML block does not parse: %v\n%s", err, body)
			continue
		}
		walkYAML(doc, func(m map[string]any) {
			if uses, _ := m["uses"].(string); strings.HasPrefix(uses, "clerklint/clerklint@") {
				sawAction = true
				with, _ := m["with"].(map[string]any)
				for k := range with {
					if _, ok := action.Inputs[k]; !ok {
						t.Errorf("README passes input %q, which action.yml does not declare", k)
					}
				}
			}
			if repo, _ := m["repo"].(string); strings.Contains(repo, "clerklint") {
				sawHook = true
				hs, _ := m["hooks"].([]any)
				for _, h := range hs {
					id, _ := h.(map[string]any)["id"].(string)
					if !hookIDs[id] {
						t.Errorf("README uses pre-commit hook %q, which .pre-commit-hooks.yaml lacks", id)
					}
				}
				if rev, _ := m["rev"].(string); rev == "" {
					t.Errorf("README pre-commit entry for %s has no rev", repo)
				}
			}
			if mod, _ := m["module"].(string); mod == "github.com/clerklint/clerklint" {
				sawPlugin = true
				imp, _ := m["import"].(string)
				dir := strings.TrimPrefix(imp, mod+"/")
				if _, err := os.Stat(filepath.Join("../..", dir)); imp == "" || err != nil {
					t.Errorf("README plugin import %q is not a package of this module", imp)
				}
				_, hasPath := m["path"]
				_, hasVersion := m["version"]
				if hasPath == hasVersion {
					t.Errorf("README plugin entry needs exactly one of path and version: %v", m)
				}
			}
		})
	}
	if !sawAction || !sawHook || !sawPlugin {
		t.Errorf("README lacks a snippet: action %v, pre-commit %v, golangci-lint plugin %v", sawAction, sawHook, sawPlugin)
	}
}

func walkYAML(v any, visit func(map[string]any)) {
	switch v := v.(type) {
	case map[string]any:
		visit(v)
		for _, e := range v {
			walkYAML(e, visit)
		}
	case []any:
		for _, e := range v {
			walkYAML(e, visit)
		}
	}
}
