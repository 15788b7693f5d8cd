package godriver

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
)

// envValues returns every value env gives name, in order.
func envValues(env []string, name string) []string {
	var vals []string
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, name+"="); ok {
			vals = append(vals, v)
		}
	}
	return vals
}

func TestHardenedEnv(t *testing.T) {
	user := []string{
		"HOME=/home/u",
		"GOFLAGS=-mod=mod -toolexec=/tmp/evil -tags=integration,e2e -overlay=/tmp/o.json",
		"GOPROXY=https://proxy.example",
		"GOPRIVATE=example.com/*",
		"GOTOOLCHAIN=auto",
		"CGO_ENABLED=1",
		"GOPACKAGESDRIVER=/tmp/driver",
		"GOENV=/tmp/go.env",
		"GOMODCACHE=/elsewhere",
		"GOWORK=off",
	}
	dirs := []string{"GOMODCACHE=/home/u/go/pkg/mod", "GOCACHE=/home/u/.cache/go-build", "GOPATH=/home/u/go"}
	plain := t.TempDir()
	env := hardenedEnv(user, dirs, plain, false)
	for name, want := range map[string]string{
		"GOFLAGS":          "-mod=readonly -tags=integration,e2e",
		"GOPROXY":          "off",
		"GOSUMDB":          "off",
		"GOVCS":            "*:off",
		"GOPRIVATE":        "",
		"GOTOOLCHAIN":      "local",
		"CGO_ENABLED":      "0",
		"GOENV":            "off",
		"GOPACKAGESDRIVER": "off",
		"GOMODCACHE":       "/home/u/go/pkg/mod",
		"GOWORK":           "off",
		"HOME":             "/home/u",
	} {
		if got := envValues(env, name); !slices.Equal(got, []string{want}) {
			t.Errorf("%s = %q, want exactly %q", name, got, want)
		}
	}

	// A vendored module reads its vendor directory, as the go command would.
	vendored := writeTree(t, map[string]string{"vendor/modules.txt": "# example.com/dep v1.0.0\n"})
	if got := envValues(hardenedEnv(user, nil, vendored, false), "GOFLAGS"); !slices.Equal(got, []string{"-mod=vendor -tags=integration,e2e"}) {
		t.Errorf("vendored: GOFLAGS = %q", got)
	}
	if got := envValues(hardenedEnv(nil, nil, vendored, true), "GOFLAGS"); !slices.Equal(got, []string{"-mod=readonly"}) {
		t.Errorf("vendored in a workspace: GOFLAGS = %q", got)
	}
}

// TestRunNeverFetchesEditsOrRunsCode scans modules that would make a plain
// `go list` reach a proxy, rewrite go.mod, download a toolchain, run the C
// compiler or a -toolexec program, with a user environment that asks for all
// of it. Nothing may happen but listed gaps: no connection reaches the proxy
// (one that never answers, so a fetch would also hang), go.mod and go.sum
// stay byte-identical, and neither fake tool runs.
func TestRunNeverFetchesEditsOrRunsCode(t *testing.T) {
	needGo(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var dialed atomic.Int32
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			dialed.Add(1)
			defer c.Close() // held open, never answered
		}
	}()

	tools := t.TempDir()
	marker := filepath.Join(tools, "ran")
	for _, name := range []string{"fakecc", "fakeexec"} {
		script := "#!/bin/sh\necho " + name + " >> " + marker + "\nexit 1\n"
		if err := os.WriteFile(filepath.Join(tools, name), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	gomod := map[string]string{
		"unreachable/go.mod": "module example.com/unreachable\n\ngo 1.22\n\nrequire example.invalid/dep v1.0.0\n",
		"missing/go.mod":     "module example.com/missing\n\ngo 1.22\n",
		"toolchain/go.mod":   "module example.com/toolchain\n\ngo 1.99\n\ntoolchain go1.99.1\n",
		"cgo/go.mod":         "module example.com/cgo\n\ngo 1.22\n",
		// go.sum vouches for the dependency, so only the download is missing.
		"unreachable/go.sum": "example.invalid/dep v1.0.0 h1:bm90IGEgcmVhbCBoYXNoIG9mIGFueXRoaW5nISE=\n" +
			"example.invalid/dep v1.0.0/go.mod h1:bm90IGEgcmVhbCBoYXNoIG9mIGFueXRoaW5nISE=\n",
	}
	files := map[string]string{
		"unreachable/main.go": "package main\n\nimport \"example.invalid/dep\"\n\nfunc main() { dep.Run() }\n",
		"missing/main.go":     "package main\n\nimport \"example.invalid/other\"\n\nfunc main() { other.Run() }\n",
		"toolchain/main.go":   "package main\n\nfunc main() {}\n",
		// Without cgo the cgo file is left out and its caller does not type-check.
		"cgo/c/c.go":      "package c\n\n// #include <stdio.h>\nimport \"C\"\n\nfunc hello() { C.puts(C.CString(\"hi\")) }\n",
		"cgo/c/use.go":    "package c\n\nfunc Hello() { hello() }\n",
		"cgo/ok/plain.go": "package ok\n\nfunc SetKey(string) {}\n\nfunc init() { SetKey(\"k\") }\n",
	}
	for k, v := range gomod {
		files[k] = v
	}
	root := writeTree(t, files)
	env := append(os.Environ(),
		"GOFLAGS=-mod=mod -toolexec="+filepath.Join(tools, "fakeexec"),
		"GOPROXY=http://"+ln.Addr().String(),
		"GOSUMDB=off",
		"GOTOOLCHAIN=auto",
		"CGO_ENABLED=1",
		"CC="+filepath.Join(tools, "fakecc"),
	)
	// Only a hang guard: the scan must finish long before it.
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	res, err := Run(root, Options{Analyzers: []*analysis.Analyzer{probe("CLK001")}, Env: env, Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	if n := dialed.Load(); n != 0 {
		t.Errorf("the proxy was dialled %d times", n)
	}
	if ran, err := os.ReadFile(marker); err == nil {
		t.Errorf("a tool the scan must not run ran: %s", ran)
	}
	for name, body := range gomod {
		if got, err := os.ReadFile(filepath.Join(root, name)); err != nil || string(got) != body {
			t.Errorf("%s changed: %q, %v", name, got, err)
		}
		if _, err := os.Stat(filepath.Join(root, filepath.Dir(name), "go.sum")); err == nil && gomod[filepath.Dir(name)+"/go.sum"] == "" {
			t.Errorf("a go.sum was written next to %s", name)
		}
	}
	// The module's other package is still analysed.
	if len(res.Findings) != 1 || res.Findings[0].File != "cgo/ok/plain.go" {
		t.Errorf("findings = %+v, want the one in cgo/ok/plain.go", res.Findings)
	}
	want := map[string]string{
		"unreachable/go.mod": "run `go mod download`",
		"missing/go.mod":     "example.invalid/other",
		"toolchain/go.mod":   "go >= 1.99",
		"cgo/go.mod":         "cgo/c/use.go:3:16: undefined: hello",
	}
	for _, e := range res.Errors {
		if text, ok := want[e.Path]; !ok || !strings.Contains(e.Message, text) || e.Internal {
			t.Errorf("unexpected gap %+v", e)
		}
		delete(want, e.Path)
	}
	for path, text := range want {
		t.Errorf("no gap on %s (want %q)", path, text)
	}
}

// TestRunStopsTheGoCommandGroup: a go command that never finishes, with a
// child of its own in the foreground, is stopped at the load timeout and when
// the caller cancels: the module is listed as not analysed and the child, the
// stand-in for the compiler, is gone too.
func TestRunStopsTheGoCommandGroup(t *testing.T) {
	for _, tc := range []struct {
		name    string
		timeout time.Duration
		cancel  bool
		want    string
	}{
		{"timeout", time.Second, false, "loading took longer than 1s"},
		{"interrupt", time.Hour, true, "the scan was interrupted"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bin := t.TempDir()
			pidFile := filepath.Join(bin, "child.pid")
			script := "#!/bin/sh\n" +
				"case \"$1\" in env) echo '{}'; exit 0;; esac\n" +
				// The pid file appears whole (written, then renamed): the
				// canceller waits for it, and an empty file read mid-write
				// made the test flaky.
				"sh -c 'echo $$ > " + pidFile + ".tmp; mv " + pidFile + ".tmp " + pidFile + "; exec sleep 300'\n"
			if err := os.WriteFile(filepath.Join(bin, "go"), []byte(script), 0o755); err != nil {
				t.Fatal(err)
			}
			t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
			root := writeTree(t, map[string]string{"go.mod": "module example.com/slow\n\ngo 1.22\n", "main.go": "package main\n"})
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tc.cancel {
				go func() {
					for !isRegularFile(pidFile) {
						time.Sleep(10 * time.Millisecond)
					}
					cancel()
				}()
			}
			res, err := Run(root, Options{Analyzers: []*analysis.Analyzer{probe("CLK001")}, Context: ctx, LoadTimeout: tc.timeout})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Errors) != 1 || res.Errors[0].Path != "go.mod" || !strings.Contains(res.Errors[0].Message, tc.want) {
				t.Fatalf("errors = %+v, want %q", res.Errors, tc.want)
			}
			data, err := os.ReadFile(pidFile)
			if err != nil {
				t.Fatalf("the fake go command did not start its child: %v", err)
			}
			pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
			if err != nil {
				t.Fatal(err)
			}
			// The kill is synchronous but reaping by init is not: a zombie is gone.
			for i := 0; alive(pid); i++ {
				if i == 100 {
					t.Fatalf("child %d of the go command still runs", pid)
				}
				time.Sleep(20 * time.Millisecond)
			}
		})
	}
}

// alive reports whether a process exists and is not a zombie.
func alive(pid int) bool {
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	// The state follows the parenthesised command name.
	_, rest, _ := strings.Cut(string(stat), ") ")
	return !strings.HasPrefix(rest, "Z") && !strings.HasPrefix(rest, "X")
}
