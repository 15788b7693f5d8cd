package report

import (
	"runtime/debug"
	"testing"
)

func TestBuildVersion(t *testing.T) {
	vcs := func(mv string, rev, modified string) *debug.BuildInfo {
		bi := &debug.BuildInfo{Main: debug.Module{Path: "github.com/clerklint/clerklint", Version: mv}}
		if rev != "" {
			bi.Settings = append(bi.Settings, debug.BuildSetting{Key: "vcs", Value: "git"},
				debug.BuildSetting{Key: "vcs.revision", Value: rev},
				debug.BuildSetting{Key: "vcs.modified", Value: modified})
		}
		return bi
	}
	const rev = "9bc420dea8b089d17cb1ecd80ab1556e019cc6e5"
	for _, tc := range []struct {
		name    string
		stamped string
		bi      *debug.BuildInfo
		want    string
	}{
		{"ldflags win", "v1.4.0", vcs("v1.3.0", rev, "false"), "v1.4.0"},
		{"ldflags, no build info", "v1.4.0-rc.1", nil, "v1.4.0-rc.1"},
		{"go install @tag", "", vcs("v1.3.0", "", ""), "v1.3.0"},
		{"clean checkout on a tag", "", vcs("v1.3.0", rev, "false"), "v1.3.0"},
		{"checkout, clean", "", vcs("v0.0.0-20261206190719-9bc420dea8b0", rev, "false"), "devel (9bc420d)"},
		{"checkout, modified", "", vcs("v0.0.0-20261206190719-9bc420dea8b0+dirty", rev, "true"), "devel (9bc420d, modified)"},
		{"checkout, old go", "", vcs("(devel)", rev, "true"), "devel (9bc420d, modified)"},
		{"go install @commit", "", vcs("v0.0.0-20261206190719-9bc420dea8b0", "", ""), "v0.0.0-20261206190719-9bc420dea8b0"},
		{"-buildvcs=false", "", vcs("(devel)", "", ""), "devel"},
		{"no build info", "", nil, "devel"},
	} {
		if got := BuildVersion(tc.stamped, tc.bi); got != tc.want {
			t.Errorf("%s: BuildVersion = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestCurrentToolLdflags sets the variable the linker writes, as
// -ldflags "-X …/report.version=…" does, and reads it back through CurrentTool.
func TestCurrentToolLdflags(t *testing.T) {
	old := version
	t.Cleanup(func() { version = old })
	version = "v2.0.0-beta.1"
	if got := CurrentTool(); got != (Tool{Name: "clerklint", Version: "v2.0.0-beta.1"}) {
		t.Errorf("CurrentTool() = %+v", got)
	}
	version = ""
	// The test binary has build information: its version comes from there
	// and is never the old "(devel)" placeholder.
	if got := CurrentTool().Version; got == "" || got == "(devel)" {
		t.Errorf("CurrentTool().Version from build info = %q", got)
	}
}

func TestSemanticVersion(t *testing.T) {
	for in, want := range map[string]string{
		"v1.2.3":                             "1.2.3",
		"1.2.3":                              "1.2.3",
		"v0.1.0-rc.1":                        "0.1.0-rc.1",
		"v1.2.3+build.7":                     "1.2.3+build.7",
		"v0.0.0-20261206190719-9bc420dea8b0": "0.0.0-20261206190719-9bc420dea8b0",
		"v0.0.0-20261206190719-9bc420dea8b0+dirty": "0.0.0-20261206190719-9bc420dea8b0+dirty",
		"v1.2":                      "",
		"v01.2.3":                   "",
		"devel (9bc420d, modified)": "",
		"devel":                     "",
		"(devel)":                   "",
		"":                          "",
	} {
		if got := SemanticVersion(in); got != want {
			t.Errorf("SemanticVersion(%q) = %q, want %q", in, got, want)
		}
	}
}
