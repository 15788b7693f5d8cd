package gopasses

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/golang/gorules"
)

func TestRelevanceFile(t *testing.T) {
	rel, err := NewRelevance(gorules.Settings{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, src string
		want      bool
	}{
		{"clerk sdk", "package p\n\nimport \"github.com/clerk/clerk-sdk-go/v2/user\"\n", true},
		{"svix", "package p\n\nimport svix \"github.com/svix/svix-webhooks/go\"\n", true},
		{"net/http", "package p\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n", true},
		{"router", "package p\n\nimport \"github.com/go-chi/chi/v5\"\n", true},
		{"browser opener", "package p\n\nimport \"github.com/pkg/browser\"\n", true},
		{"env name", "package p\n\nimport \"os\"\n\nvar k = os.Getenv(\"CLERK_SECRET_KEY\")\n", true},
		{"struct tag", "package p\n\ntype C struct {\n\tKey string `mapstructure:\"clerk_secret_key\"`\n}\n", true},
		{"whole name", "package p\n\nimport \"os\"\n\nvar k = os.Getenv(\"WEBHOOK_SECRET\")\n", true},
		{"broken imports", "package p\n\nimport \"fmt\n", true},
		{"plain library", "package p\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nvar _ = fmt.Sprint(strings.ToUpper(\"clerk\"))\n", false},
		{"public name only", "package p\n\nimport \"os\"\n\nvar k = os.Getenv(\"CLERK_PUBLISHABLE_KEY\")\n", false},
		{"net, not http", "package p\n\nimport \"net\"\n\nvar _ = net.Dial\n", false},
	} {
		if got := rel.File([]byte(tc.src)); got != tc.want {
			t.Errorf("%s: File = %v, want %v", tc.name, got, tc.want)
		}
	}
	for path, want := range map[string]bool{
		"github.com/clerk/clerk-sdk-go/v2": true,
		"github.com/gin-gonic/gin":         true,
		"github.com/labstack/echo/v4":      true,
		"golang.org/x/crypto":              false,
	} {
		if got := rel.Import(path); got != want {
			t.Errorf("Import(%q) = %v, want %v", path, got, want)
		}
	}
}
