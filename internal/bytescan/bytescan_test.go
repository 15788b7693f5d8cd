package bytescan

import "testing"

func TestContainsFold(t *testing.T) {
	for src, want := range map[string]bool{
		"import { auth } from '@clerk/nextjs'": true,
		"ClerkProvider":                        true,
		"CLERK_SECRET_KEY":                     true,
		"cLeRk":                                true,
		"clerc clek lerk":                      false,
		"":                                     false,
		"xxclerX":                              false,
		"ends with cler":                       false,
	} {
		if got := ContainsFold([]byte(src), []byte("clerk")); got != want {
			t.Errorf("ContainsFold(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestIndexFold(t *testing.T) {
	for _, tt := range []struct {
		src  string
		want int
	}{
		{"", -1}, {"clerk", 0}, {"xx CLERK clerk", 3}, {"xx clerk CLERK", 3}, {"cLeRk", 0},
		{"clercclerk", 5}, {"Clerc Clerk", 6}, {"ends with cler", -1}, {"CCCLERK", 2},
	} {
		if got := IndexFold([]byte(tt.src), []byte("clerk")); got != tt.want {
			t.Errorf("IndexFold(%q) = %d, want %d", tt.src, got, tt.want)
		}
	}
}
