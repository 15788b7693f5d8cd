package rules

import (
	"hash/crc32"
	"slices"
)

// snapshot is the built-in rule set as parseBuiltin leaves it, written out
// as Go data by `go test ./rules -update` (builtin_snapshot.go), so that a
// process gets the rules without parsing YAML: parsing the embedded files
// was a third of clerklint's start-up. The YAML stays the only source; the
// snapshot is used only while the embedded files are the ones it was made
// from, and a test proves it loads to the set a validated parse of them
// gives (so the run-time path skips validation).
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
	name string // as in the embedded FS
	// size and crc (CRC-32C) are those of the text the snapshot was made
	// from: an edit of the YAML since changes them.
	size int
	crc  uint32
	// text is the file as embedded in this build (a string, so it is
	// neither copied nor hashed through a copy).
	text *string
}

// sourceSpan locates a rule's Source in its file: bytes [start, end) of
// files[file], plus a newline when the entry ends the file without one.
type sourceSpan struct {
	file, start, end int
	newline          bool
}

// load returns the set the snapshot holds, or false when the embedded files
// (names, from the FS) are not the ones it was made from (rules/clerk.yaml
// edited since the last `go test ./rules -update`: the caller parses the
// YAML instead).
func (sn *snapshot) load(names []string) (*Set, bool) {
	if sn == nil || len(names) != len(sn.files) || len(sn.rules) != len(sn.sources) {
		return nil, false
	}
	for i, f := range sn.files {
		if f.name != names[i] || f.text == nil || len(*f.text) != f.size || checksum(*f.text) != f.crc {
			return nil, false
		}
	}
	rs := make([]*Rule, len(sn.rules))
	for i, r := range sn.rules {
		sp := sn.sources[i]
		if sp.file >= len(sn.files) || sp.start < 0 || sp.start > sp.end || sp.end > sn.files[sp.file].size {
			return nil, false
		}
		cp := *r
		snapshotMaps(i, &cp)
		cp.source = (*sn.files[sp.file].text)[sp.start:sp.end]
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

// checksum is the CRC-32C of text, hashed through a small buffer rather than
// a copy of the whole file.
func checksum(text string) uint32 {
	tab := crc32.MakeTable(crc32.Castagnoli)
	var buf [4096]byte
	var crc uint32
	for len(text) > 0 {
		n := copy(buf[:], text)
		crc = crc32.Update(crc, tab, buf[:n])
		text = text[n:]
	}
	return crc
}
