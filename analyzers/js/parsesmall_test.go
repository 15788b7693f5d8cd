package js

import (
	"errors"
	"strings"
	"testing"
)

// TestParseSmallParsesOnce: a producer that needs a file's tree and its
// summary costs one parse, and the summary is the model's (Model.Module
// later does not parse again); a file that cannot be read or parsed says
// so, and its summary is still the one Model.Module would make.
func TestParseSmallParsesOnce(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"server.ts":   "import express from 'express'\nexport const app = express()\napp.get('/a', (req, res) => res.send('ok'))\n",
		"big.ts":      "export const big = 1\n",
		"bundle.js":   strings.Repeat("var a=1;", 20_000), // one long line: minified
		"notes.json":  "{}",
		"unlisted.ts": "",
	})
	delete(m.files, "unlisted.ts")
	m.files["big.ts"].Size = maxConfigSize + 1 // over ReadSmall's limit, under the parser's

	pf, err := m.ParseSmall("server.ts")
	if err != nil || pf.Tree == nil || string(pf.Src) == "" {
		t.Fatalf("server.ts: %v, %+v", err, pf)
	}
	mod := pf.Module()
	if mod == nil || mod.Err != nil || len(mod.Imports) != 1 || mod.Imports[0].Spec != "express" {
		t.Fatalf("server.ts summary = %+v", mod)
	}
	pf.Close()
	if got := m.Module("server.ts"); got != mod {
		t.Errorf("Model.Module made another summary")
	}
	if n := m.parsers.Parsed(); n != 1 {
		t.Errorf("%d parses for one file, want 1", n)
	}

	// Over ReadSmall's 1 MiB: no bytes, but the summary is Model.Module's.
	pf, err = m.ParseSmall("big.ts")
	if !errors.Is(err, errNotRead) || pf.Src != nil || pf.Tree != nil {
		t.Errorf("big.ts: %v, %+v", err, pf)
	}
	if mod := pf.Module(); mod == nil || mod.Err != nil || len(mod.Exports) == 0 {
		t.Errorf("big.ts summary = %+v, want Model.Module's", mod)
	}
	pf.Close()

	pf, err = m.ParseSmall("bundle.js")
	if !errors.Is(err, ErrMinified) || pf.Tree != nil {
		t.Errorf("bundle.js: %v", err)
	}
	if mod := pf.Module(); mod == nil || !errors.Is(mod.Err, ErrMinified) {
		t.Errorf("bundle.js summary = %+v, want the parse error", mod)
	}
	pf.Close()

	for _, p := range []string{"unlisted.ts", "missing.ts"} {
		if pf, err := m.ParseSmall(p); err == nil || pf.Src != nil {
			t.Errorf("%s: %v, %+v", p, err, pf)
		}
	}
	if pf, err := m.ParseSmall("notes.json"); !errors.Is(err, ErrNotJS) || pf.Module() != nil {
		t.Errorf("notes.json: %v", err)
	}
}
