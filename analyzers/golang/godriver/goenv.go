package godriver

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// The go command runs on code clerklint was asked to read, not to build: a
// scanned go.mod can name a toolchain to download, a dependency to fetch, a
// cgo file to hand to the C compiler, and the user's own environment can
// carry settings that run programs (GOFLAGS=-toolexec, GOPACKAGESDRIVER,
// GOAUTH, a go.env file with any of these). hardenedEnv fixes every such
// setting, whatever the caller's environment says:
//
//   - GOFLAGS=-mod=readonly (-mod=vendor for a vendored module): go.mod and
//     go.sum are never rewritten; only -tags survive from the user's GOFLAGS.
//   - GOPROXY=off, GOSUMDB=off, GOVCS=*:off, no GOPRIVATE/GONOPROXY/GOINSECURE:
//     nothing is downloaded; a dependency missing from the module cache is a
//     load error (a gap), with a hint to run `go mod download`.
//   - GOTOOLCHAIN=local: a go or toolchain line never downloads and runs
//     another toolchain.
//   - CGO_ENABLED=0: cgo files are left out instead of being preprocessed by
//     the C compiler (a package that needs them then fails to type-check and
//     is listed).
//   - GOENV=off: the user's go.env file is not read (it could set any of the
//     above); the module cache, build cache and GOPATH it names are passed
//     explicitly instead (userDirs).
//   - GOPACKAGESDRIVER=off, GOAUTH=off: go/packages and the go command run no
//     helper program.
var hardenedSettings = []string{
	"GOPROXY=off",
	"GOSUMDB=off",
	"GOVCS=*:off",
	"GONOPROXY=",
	"GONOSUMDB=",
	"GOPRIVATE=",
	"GOINSECURE=",
	"GOTOOLCHAIN=local",
	"CGO_ENABLED=0",
	"GOENV=off",
	"GOPACKAGESDRIVER=off",
	"GOAUTH=off",
}

// hardenedEnv returns env with every setting above forced; dirs are the user's
// cache directories (userDirs), and modDir decides between -mod=readonly and
// -mod=vendor. The go command takes the last value of a repeated variable, but
// the replaced ones are dropped anyway so that a reader of the environment
// sees one value.
func hardenedEnv(env, dirs []string, modDir string, inWorkspace bool) []string {
	var tags []string
	out := make([]string, 0, len(env)+len(hardenedSettings)+len(dirs)+1)
	for _, kv := range env {
		name, val, _ := strings.Cut(kv, "=")
		if name == "GOFLAGS" {
			for _, f := range strings.Fields(val) {
				if strings.HasPrefix(f, "-tags=") || strings.HasPrefix(f, "--tags=") {
					tags = append(tags, f)
				}
			}
			continue
		}
		if forced(name) || slices.ContainsFunc(dirs, func(d string) bool { return strings.HasPrefix(d, name+"=") }) {
			continue
		}
		out = append(out, kv)
	}
	mod := "-mod=readonly"
	if !inWorkspace && isRegularFile(filepath.Join(modDir, "vendor", "modules.txt")) {
		mod = "-mod=vendor" // what the go command picks for a vendored module; it reads no cache
	}
	out = append(out, hardenedSettings...)
	out = append(out, dirs...)
	return append(out, "GOFLAGS="+strings.Join(append([]string{mod}, tags...), " "))
}

func forced(name string) bool {
	for _, s := range hardenedSettings {
		if strings.HasPrefix(s, name+"=") {
			return true
		}
	}
	return false
}

func isRegularFile(p string) bool {
	fi, err := os.Lstat(p)
	return err == nil && fi.Mode().IsRegular()
}

// userDirs asks the go command, in an empty directory and with the hardened
// settings, where the user's module cache, build cache and GOPATH are, so
// that GOENV=off does not lose a cache moved with `go env -w`. Without a go
// command (or on any failure) it returns nil and loading reports the problem.
func userDirs(ctx context.Context, env []string) []string {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", "env", "-json", "GOMODCACHE", "GOCACHE", "GOPATH")
	cmd.Dir = os.TempDir()
	// The go env file is read here on purpose (that is the question), but
	// nothing in it may make this command download or run anything.
	cmd.Env = append(slices.Clip(env), "GOTOOLCHAIN=local", "GOFLAGS=-mod=readonly", "GOPROXY=off", "GOWORK=off", "GOPACKAGESDRIVER=off")
	cmd.WaitDelay = time.Second
	out, err := cmd.Output()
	if err != nil {
		return nil
	}
	var vals map[string]string
	if json.Unmarshal(out, &vals) != nil {
		return nil
	}
	var dirs []string
	for _, name := range []string{"GOMODCACHE", "GOCACHE", "GOPATH"} {
		if v := vals[name]; v != "" {
			dirs = append(dirs, name+"="+v)
		}
	}
	return dirs
}
