package js

import (
	"fmt"
	"reflect"
	"testing"
)

func TestWordsFind(t *testing.T) {
	w := NewWords([]string{"users", "act", "not-a-word", "", "users", "a"})
	for src, want := range map[string][]string{
		"users.deleteUser(u)":    {"users@5"},
		"myusers usersList":      nil,
		"react act $act act$ _a": {"act@9"},
		"a.b ä a":                {"a@1", "a@8"},
		"not-a-word":             {"a@5"}, // only whole words are indexed
		"act\nusers":             {"act@3", "users@9"},
	} {
		var got []string
		w.Find([]byte(src), func(i, end int) bool {
			got = append(got, fmt.Sprintf("%s@%d", []string{"users", "act", "not-a-word", "", "users", "a"}[i], end))
			return true
		})
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Find(%q) = %v, want %v", src, got, want)
		}
	}
	n := 0
	w.Find([]byte("act act act"), func(int, int) bool { n++; return false })
	if n != 1 {
		t.Errorf("Find went on after fn returned false: %d calls", n)
	}
}
