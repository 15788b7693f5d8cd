package instances

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/keys"
)

func TestClerkHost(t *testing.T) {
	for _, tc := range []struct {
		host string
		want keys.Instance // 0: not an instance's host
	}{
		{"quiet-fox-12.clerk.accounts.dev", keys.Development},
		{"Quiet-Fox-12.Clerk.Accounts.Dev.", keys.Development},
		{"quiet-fox-12.accounts.dev", keys.Development},
		{"clerk.acme-shop.com", keys.Production},
		{"clerk.shop.co.uk", keys.Production},
		{"clerk.accounts.dev", 0},
		{"api.clerk.com", 0},
		{"clerk.clerk.com", 0},
		{"your-instance.clerk.accounts.dev", 0},
		{"clerk.yourdomain.com", 0},
		{"clerk.example.com", 0},
		{"clerk.session.gettoken1", 0},
		{"*.clerk.accounts.dev", 0},
		{"clerk..com", 0},
	} {
		got, ok := clerkHost(tc.host)
		if ok != (tc.want != 0) || got != tc.want {
			t.Errorf("clerkHost(%q) = %v, %v; want %v", tc.host, got, ok, tc.want)
		}
	}
}

func TestEnvName(t *testing.T) {
	for base, want := range map[string]string{
		".env": "", ".env.local": "", ".env.development": "development", ".env.dev.local": "development",
		".env.production.local": "production", "production.env": "production", ".env.staging": "staging",
		".env.example": "template", ".env.local.sample": "template", "staging.env": "staging",
	} {
		if got := envName(base); got != want {
			t.Errorf("envName(%q) = %q, want %q", base, got, want)
		}
	}
}

func TestWorkflowProduction(t *testing.T) {
	for _, tc := range []struct {
		base, src string
		want      bool
	}{
		{"deploy.yml", "jobs:\n  d:\n    environment: production\n", true},
		{"deploy.yml", "jobs:\n  d:\n    environment:\n      name: 'production'\n", true},
		{"deploy-prod.yml", "jobs:\n  d:\n    runs-on: ubuntu-latest\n", true},
		{"deploy.yml", "jobs:\n  a:\n    environment: production\n  b:\n    environment: preview\n", false},
		{"deploy.yml", "jobs:\n  a:\n    environment: ${{ inputs.env }}\n", false},
		{"ci.yml", "jobs:\n  test:\n    runs-on: ubuntu-latest\n", false},
	} {
		if got := workflowProduction(tc.base, []byte(tc.src)); got != tc.want {
			t.Errorf("workflowProduction(%q, %q) = %v, want %v", tc.base, tc.src, got, tc.want)
		}
	}
}
