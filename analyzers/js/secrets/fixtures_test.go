package secrets_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// TestClientCodeFixtures runs CLK004 over every annotated project in testdata/js (the
// js engine must implement every js rule of the set, so the other js rules
// run and their annotations are checked too); the other engines' annotations
// in those realistic apps are checked by the CLI's fixture test.
func TestClientCodeFixtures(t *testing.T) {
	scantest.RunEngines(t, "../../../testdata/js/*", engines.JS())
}

// TestTransitiveFindingExplainsChain: a read reached through imports names the
// 'use client' root in its message and every import on the way as related
// locations, so a reviewer can see why a module without a directive ships.
func TestTransitiveFindingExplainsChain(t *testing.T) {
	root := t.TempDir()
	if _, err := scantest.Prepare("../../../testdata/js/nextjs-app", root); err != nil {
		t.Fatal(err)
	}
	fs, err := scantest.Engines(engines.JS())(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if f.File != "lib/webhook.ts" || f.Line != 4 {
			continue
		}
		if !strings.Contains(f.Message, "'use client' module app/dashboard/client-panel.tsx via lib/admin.ts") {
			t.Errorf("message = %q", f.Message)
		}
		var rel []string
		for _, r := range f.Related {
			rel = append(rel, fmt.Sprintf("%s:%d", r.File, r.Line))
		}
		if strings.Join(rel, " ") != "app/dashboard/client-panel.tsx:10 lib/admin.ts:4" {
			t.Errorf("related = %v", rel)
		}
		if f.Construct != "read:CLERK_WEBHOOK_SIGNING_SECRET" {
			t.Errorf("construct = %q", f.Construct)
		}
		return
	}
	t.Fatal("no finding at lib/webhook.ts:4")
}
