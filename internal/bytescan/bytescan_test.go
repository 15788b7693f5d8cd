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
