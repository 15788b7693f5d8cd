package rules

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
)

// snapshot is the built-in rule set as parseFiles leaves it, written out as
// Go data by `go test ./rules -update` (builtin_snapshot.go), so that a
// process gets the rules without parsing YAML: parsing the embedded files
// was a third of clerklint's start-up. The YAML stays the only source; the
// snapshot is used only while the hashes of the embedded files match the
// ones it was made from, and a test proves it loads to the set a parse of
// those files gives (so the run-time path skips validation).
type snapshot struct {
	files []snapshotFile
	// rules are complete but for source (sources) and item (linked at load).
	rules   []*Rule
	sources []sourceSpan
	items   []*ChecklistItem
	stacks  []*Stack
}

// snapshotFile is one embedded rules file the snapshot was made from.
type snapshotFile struct {
	name   string // as in the embedded FS
	sha256 string // hex
}

// sourceSpan locates a rule's Source in its file: bytes [start, end) of
// files[file], plus a newline when the entry ends the file without one.
type sourceSpan struct {
	file, start, end int
	newline          bool
}

// load returns the set the snapshot holds, or false when the embedded files
// are not the ones it was made from (rules/clerk.yaml edited since the last
// `go test ./rules -update`: the caller parses the YAML instead).
func (sn *snapshot) load(names []string, read func(string) ([]byte, error)) (*Set, bool) {
	if sn == nil || len(names) != len(sn.files) || len(sn.rules) != len(sn.sources) {
		return nil, false
	}
	texts := make([]string, len(names))
	for i, name := range names {
		data, err := read(name)
		if err != nil {
			return nil, false
		}
		sum := sha256.Sum256(data)
		if name != sn.files[i].name || hex.EncodeToString(sum[:]) != sn.files[i].sha256 {
			return nil, false
		}
		texts[i] = string(data)
	}
	rs := make([]*Rule, len(sn.rules))
	for i, r := range sn.rules {
		sp := sn.sources[i]
		if sp.file >= len(texts) || sp.start < 0 || sp.start > sp.end || sp.end > len(texts[sp.file]) {
			return nil, false
		}
		cp := *r
		cp.source = texts[sp.file][sp.start:sp.end]
		if sp.newline {
			cp.source += "\n"
		}
		rs[i] = &cp
	}
	items := slices.Clone(sn.items)
	if errs := linkChecklist(items, rs); len(errs) > 0 {
		return nil, false
	}
	return newSet(rs, items, slices.Clone(sn.stacks)), true
}
