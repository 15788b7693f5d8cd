package fixes

import (
	"github.com/clerk/clerk-sdk-go/v2"
)

func isAdmin(claims *clerk.SessionClaims) bool {
	return claims.HasRole("admin") // want `"admin" is never a Clerk role or permission, so this HasRole\(...\) check always fails`
}

func isMember(claims *clerk.SessionClaims) bool {
	return claims.HasRole("org:member") // ok
}

func canEdit(claims *clerk.SessionClaims) bool {
	return claims.ActiveOrganizationRole == "editor" // want `"editor" is never a Clerk role or permission, so this ActiveOrganizationRole check`
}
