package cliauth_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/clerklint/clerklint/analyzers/golang/cliauth"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
)

// testdata is the repository's GOPATH-style tree with the SDK stubs.
func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestTokenFile(t *testing.T) {
	analysistest.Run(t, testdata(t), cliauth.NewTokenFile(gorules.Settings{}), "cliauth/tokenfile", "cliauth/server")
}

func TestCallbackListen(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), cliauth.NewCallbackListen(gorules.Settings{}), "cliauth/listen")
	analysistest.Run(t, testdata(t), cliauth.NewCallbackListen(gorules.Settings{}), "cliauth/server")
}

func TestTokenLifetime(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), cliauth.NewTokenLifetime(gorules.Settings{}), "cliauth/lifetime")
}

// TestTokenLifetimeSetting: with max-token-lifetime 8760h, 30 days pass.
func TestTokenLifetimeSetting(t *testing.T) {
	a := cliauth.NewTokenLifetime(gorules.Settings{MaxTokenLifetime: "8760h"})
	analysistest.Run(t, testdata(t), a, "cliauth/lifetimesetting")
}
