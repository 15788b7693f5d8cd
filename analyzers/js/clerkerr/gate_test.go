package clerkerr

import "testing"

// TestMayChange: the byte gate accepts every call shape clerkChange can
// accept and turns away files with no state-changing resource call.
func TestMayChange(t *testing.T) {
	for src, want := range map[string]bool{
		"await clerk.users.deleteUser(id)":                     true,
		"client.organizations?.updateOrganization(id, {})":     true,
		"users\n  .banUser(id)":                                true,
		"const { users } = c; users.updateUserMetadata(id, m)": true,
		"await clerk.users.getUser(id)":                        false, // a read
		"users.map(u => u.id)":                                 false,
		"myusers.deleteUser(id)":                               false, // not the resource name
		"usersusers.deleteUser(id)":                            false, // nor is a name that repeats it
		"users users.deleteUser(id)":                           true,
		"el.addEventListener('click', f)":                      false,
		"import { auth } from '@clerk/nextjs/server'":          false,
	} {
		if got := mayChange([]byte(src)); got != want {
			t.Errorf("mayChange(%q) = %v, want %v", src, got, want)
		}
	}
}
