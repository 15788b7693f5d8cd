// Package bytescan holds byte searches the engines share for their cheap
// gates: tests on a file's raw bytes that decide whether it is worth
// parsing or reading line by line.
package bytescan

import "bytes"

// ContainsFold reports whether src contains w, a lower-case ASCII word, in
// any case. Searching for each case of w's first byte is vectorised like
// bytes.Contains, several times faster than lowering a copy of src or
// testing every byte.
func ContainsFold(src, w []byte) bool {
	if bytes.Contains(src, w) {
		return true // the common spelling, one vectorised search
	}
	return foldBefore(src, w, len(src)) >= 0
}

// IndexFold is the index of the first w, a lower-case ASCII word, in src in
// any case, or -1; searched like ContainsFold.
func IndexFold(src, w []byte) int {
	best := bytes.Index(src, w)
	limit := len(src)
	if best >= 0 {
		limit = best
	}
	if i := foldBefore(src, w, limit); i >= 0 {
		return i
	}
	return best
}

// foldBefore is the index of the first w in any case that starts before
// limit, or -1: for each case of w's first byte, its occurrences are
// found with IndexByte and compared with EqualFold.
func foldBefore(src, w []byte, limit int) int {
	firsts := []byte{w[0]}
	if 'a' <= w[0] && w[0] <= 'z' {
		firsts = append(firsts, w[0]-'a'+'A')
	}
	found := -1
	for _, first := range firsts {
		for off := 0; off < limit; {
			i := bytes.IndexByte(src[off:limit], first)
			if i < 0 || off+i+len(w) > len(src) {
				break
			}
			if bytes.EqualFold(src[off+i:off+i+len(w)], w) {
				found, limit = off+i, off+i
				break
			}
			off += i + 1
		}
	}
	return found
}
