package report

import (
	"runtime/debug"
	"strings"

	"golang.org/x/mod/module"

	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// version is set at link time by release builds:
//
//	go build -ldflags "-X github.com/clerklint/clerklint/cmd/clerklint/internal/report.version=v1.2.3" ./cmd/clerklint
//
// It is the one package variable the linker can write; nothing else assigns it.
var version string

// VersionVar is the -X target that stamps a version into the binary.
const VersionVar = "github.com/clerklint/clerklint/cmd/clerklint/internal/report.version"

// CurrentTool names the running binary and its version, so a release reports
// its tag without anyone editing a constant (see BuildVersion).
func CurrentTool() Tool {
	bi, _ := debug.ReadBuildInfo()
	return Tool{Name: ToolName, Version: BuildVersion(version, bi)}
}

// BuildVersion picks the version a binary reports, most specific first:
//
//  1. stamped, the -ldflags "-X" value, when a release build set it;
//  2. the module version of `go install …/cmd/clerklint@v1.2.3` (also what Go
//     stamps on a clean checkout sitting exactly on a tag);
//  3. for any other checkout build, "devel (abc1234)" from the VCS revision,
//     with ", modified" when the tree had uncommitted changes; Go's own
//     pseudo-version for such a build ("v0.0.0-2026…-abc…+dirty") reads like a
//     release, which it is not;
//  4. a pseudo-version without VCS data, as `go install …@<commit>` gives;
//  5. "devel" when the binary carries no build information at all.
func BuildVersion(stamped string, bi *debug.BuildInfo) string {
	if v := strings.TrimSpace(stamped); v != "" {
		return v
	}
	if bi == nil {
		return "devel"
	}
	mv := bi.Main.Version
	release := mv != "" && mv != "(devel)" && !module.IsPseudoVersion(mv) && !strings.Contains(mv, "+")
	if release {
		return mv
	}
	var rev string
	var modified bool
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if rev != "" {
		if len(rev) > 7 {
			rev = rev[:7]
		}
		if modified {
			return "devel (" + rev + ", modified)"
		}
		return "devel (" + rev + ")"
	}
	if mv != "" && mv != "(devel)" {
		return mv
	}
	return "devel"
}

// semverRE is Semantic Versioning 2.0.0's own grammar (semver.org), with Go's
// optional leading "v".
var semverRE = lazyregexp.New(`^v?((0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?)$`)

// SemanticVersion returns v as a Semantic Versioning 2.0 string without Go's
// "v" prefix ("v1.2.3" → "1.2.3"), or "" when v is not one ("devel (abc1234)",
// "v1.2"). SARIF's toolComponent.semanticVersion must be a semver; the raw
// string always goes in toolComponent.version.
func SemanticVersion(v string) string {
	m := semverRE.FindStringSubmatch(v)
	if m == nil {
		return ""
	}
	return m[1]
}
