package report

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"

	"github.com/clerklint/clerklint/rules"
)

// fingerprint fills Finding.Fingerprint for every finding.
//
// The hash covers the rule id, the file and the normalised evidence, and never the
// line: gitleaks' commit:file:rule:line fingerprints break on every edit above the
// finding, which makes a baseline useless. Identical evidence can occur twice in
// one file (the same key pasted in two places), so an occurrence index in line
// order keeps the two apart. The result is a one-way hash, so it can be stored in
// a committed baseline without leaking the key.
func fingerprint(fs []rules.Finding) {
	idx := make([]int, len(fs))
	hashes := make([]string, len(fs))
	for i := range fs {
		idx[i] = i
		hashes[i] = evidenceHash(&fs[i])
	}
	// Number identical hashes in line order; the hash already includes the
	// file, so counting per hash counts per file.
	slices.SortStableFunc(idx, func(a, b int) int {
		return cmp.Or(
			strings.Compare(hashes[a], hashes[b]),
			cmp.Compare(fs[a].Line, fs[b].Line),
			cmp.Compare(fs[a].Column, fs[b].Column),
		)
	})
	n := 0
	for k, i := range idx {
		if k > 0 && hashes[idx[k-1]] == hashes[i] {
			n++
		} else {
			n = 1
		}
		fs[i].Fingerprint = hashes[i] + ":" + strconv.Itoa(n)
	}
}

// evidenceHash is the first 16 bytes of sha256 over the rule, the file and the
// evidence, hex encoded. Fields are NUL-separated so ("a", "bc") and ("ab", "c")
// cannot collide.
func evidenceHash(f *rules.Finding) string {
	h := sha256.New()
	for _, s := range []string{f.RuleID, f.File, evidence(f)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// evidence is what identifies a finding independently of where it sits: the raw
// secret if there is one, else the construct the engine named, else the message.
// Whitespace is collapsed so re-indenting a construct does not change it.
func evidence(f *rules.Finding) string {
	if s := strings.TrimSpace(f.Secret); s != "" {
		return "secret\x00" + s
	}
	if c := strings.Join(strings.Fields(f.Construct), " "); c != "" {
		return "construct\x00" + c
	}
	return "message\x00" + strings.Join(strings.Fields(f.Message), " ")
}
