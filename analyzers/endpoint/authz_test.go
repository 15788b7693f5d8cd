package endpoint

import (
	"regexp"
	"strings"
	"testing"
)

func TestAuthzJudgements(t *testing.T) {
	a := &Authz{
		PrivilegedURL: func(url string) bool { return strings.HasPrefix(url, "/admin") },
		APIs:          map[string]bool{"users.deleteUser": true, "users.updateUserMetadata": true, "organizations.createOrganizationMembership": true, "users.delete": true, "sessions.revokeSession": true},
		UserAPIs:      []string{"users.*"},
		OrgAPIs:       []string{"organizations.*"},
		UserKeys:      regexp.MustCompile(`^(userId|user_id)$`),
		OrgKeys:       regexp.MustCompile(`^(orgId|organizationId|organization_id)$`),
		RoleKeys:      regexp.MustCompile(`^role$`),
	}
	signedIn := Protection{State: Protected}
	fromPath := Binding{Field: "userId", From: FromRequest, Input: PathParam, Name: "id"}
	own := Binding{Field: "userId", From: FromSession, Name: "userId"}
	clerk := func(target string, where ...Binding) Effect {
		return Effect{Kind: ClerkAPI, Target: target, Where: where}
	}
	tests := []struct {
		name      string
		e         Endpoint
		role      bool   // CLK201
		ids, orgs string // CLK202: the request values reported as user and org ids
	}{
		{"privileged URL", Endpoint{Kind: Route, URL: "/admin/stats", Protection: signedIn}, true, "", ""},
		{"privileged URL with a role", Endpoint{Kind: Route, URL: "/admin/stats", Protection: signedIn, Authz: []Evidence{{Kind: PermissionCheck}}}, false, "", ""},
		{"not authenticated: CLK101's", Endpoint{Kind: Route, URL: "/admin/stats", Protection: Protection{State: Unprotected}}, false, "", ""},
		{"deletes another user", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{clerk("clerkClient.users.deleteUser", fromPath)}}, true, "", ""},
		{"python SDK names", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{clerk("clerk.users.delete", Binding{Field: "user_id", From: FromUnknown})}}, true, "", ""},
		{"deletes the caller", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{clerk("clerkClient.users.deleteUser", own)}}, false, "", ""},
		{"metadata without a role key", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{clerk("c.users.updateUserMetadata", fromPath, Binding{Field: "publicMetadata.theme", From: FromConstant})}}, false, "id", ""},
		{"own role from the body", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{clerk("c.users.updateUserMetadata", own, Binding{Field: "publicMetadata.role", From: FromRequest, Input: Body, Name: "role"})}}, true, "", ""},
		{"whole metadata from the body", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{clerk("c.users.updateUserMetadata", own, Binding{Field: "publicMetadata", From: FromRequest, Input: Body, Name: "metadata"})}}, true, "", ""},
		{"reads another user", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{clerk("c.users.getUser", fromPath)}}, false, "id", ""},
		{"compared with the session", Endpoint{Kind: Route, Protection: signedIn, Authz: []Evidence{{Kind: IdentityCheck}}, Effects: []Effect{clerk("c.users.getUser", fromPath)}}, false, "", ""},
		{"org from the query", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{clerk("c.organizations.getOrganization", Binding{Field: "organizationId", From: FromRequest, Input: Query, Name: "orgId"})}}, false, "", "orgId"},
		{"org filter from the body", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{{Kind: DBRead, Target: "db.project.findMany", Where: []Binding{{Field: "orgId", From: FromRequest, Input: Body, Name: "orgId"}}}}}, false, "", "orgId"},
		{"revokes the caller's own session", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{clerk("client.sessions.revokeSession", Binding{Field: "sessionId", From: FromSession, Name: "sessionId"})}}, false, "", ""},
		{"revokes a session the request names", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{clerk("client.sessions.revokeSession", Binding{Field: "sessionId", From: FromRequest, Input: Body, Name: "sessionId"})}}, true, "", ""},
		{"user filter from the path", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{{Kind: DBRead, Target: "db.note.findMany", Where: []Binding{fromPath}}}}, false, "id", ""},
		{"the caller is one party", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{{Kind: DBWrite, Target: "Follow.findOneAndDelete", Where: []Binding{fromPath, {Field: "followerId", From: FromSession, Name: "me._id"}}}}}, false, "", ""},
		{"the caller's org is no party", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{{Kind: DBRead, Target: "db.note.findMany", Where: []Binding{fromPath, {Field: "orgId", From: FromSession, Name: "orgId"}}}}}, false, "id", ""},
		{"privileged call is CLK201's alone", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{clerk("c.organizations.createOrganizationMembership", Binding{Field: "organizationId", From: FromRequest, Name: "org"}, Binding{Field: "userId", From: FromRequest, Name: "u"})}}, true, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, got := a.NeedsRole(&tt.e); got != tt.role {
				t.Errorf("NeedsRole = %v, want %v", got, tt.role)
			}
			var ids, orgs []string
			for _, is := range a.ClientSuppliedIDs(&tt.e) {
				if is.Org {
					orgs = append(orgs, is.By.Name)
				} else {
					ids = append(ids, is.By.Name)
				}
			}
			if strings.Join(ids, ",") != tt.ids || strings.Join(orgs, ",") != tt.orgs {
				t.Errorf("ClientSuppliedIDs = users %v, orgs %v; want %q, %q", ids, orgs, tt.ids, tt.orgs)
			}
		})
	}
}
