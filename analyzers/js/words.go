package js

// Words finds whole identifier words in source in one pass, for the byte
// gates that look for many names before a file is parsed: a bytes.Index per
// name reads a file once for each of them, and on a tree where nearly every
// file names Clerk those gates cost more than the parsing they save.
//
// A word is found where it stands as a whole identifier run: not preceded
// or followed by an identifier byte (IdentByte), so "act" is not found in
// "react" nor "users" in "usersList".
type Words struct {
	words []string
	index map[string]int
	// shape[c] has bit n set when a word of length n starts with byte c
	// (words of 64 bytes or more set bit 0): most runs of a file are
	// skipped without a map lookup.
	shape [256]uint64
}

// NewWords indexes words; Find reports a word by its index in words. Words
// that are not identifiers (empty, or holding a byte IdentByte refuses)
// are never found: a caller searches for those by other means.
func NewWords(words []string) *Words {
	w := &Words{words: words, index: make(map[string]int, len(words))}
	for i, s := range words {
		if !IsIdentWord(s) {
			continue
		}
		if _, dup := w.index[s]; !dup {
			w.index[s] = i
		}
		w.shape[s[0]] |= shapeBit(len(s))
	}
	return w
}

func shapeBit(n int) uint64 {
	if n >= 64 {
		return 1
	}
	return 1 << n
}

// IsIdentWord reports whether s is a non-empty run of identifier bytes.
func IsIdentWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !IdentByte(s[i]) {
			return false
		}
	}
	return true
}

// Word is the word Find reports as i.
func (w *Words) Word(i int) string { return w.words[i] }

// identBytes is IdentByte as a table, for the scan's inner loop.
var identBytes = func() (t [256]bool) {
	for c := range 256 {
		t[c] = IdentByte(byte(c))
	}
	return t
}()

// Find calls fn for every occurrence in src of a word, in source order,
// with the word's index and the offset just after it; fn returning false
// stops the scan.
func (w *Words) Find(src []byte, fn func(word, end int) bool) {
	for i := 0; i < len(src); {
		if !identBytes[src[i]] {
			i++
			continue
		}
		j := i + 1
		for j < len(src) && identBytes[src[j]] {
			j++
		}
		if w.shape[src[i]]&shapeBit(j-i) != 0 {
			if k, ok := w.index[string(src[i:j])]; ok && !fn(k, j) {
				return
			}
		}
		i = j
	}
}
