package rules

import (
	"reflect"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// A model's params embed the block the models share with `yaml:",inline"`:
// its keys are known keys, and a typo is still reported with them listed.
func TestKnownFieldsFollowInline(t *testing.T) {
	type shared struct {
		PublicRoutes []string `yaml:"public-routes"`
	}
	type model struct {
		shared  `yaml:",inline"`
		Methods []string `yaml:"methods"`
	}
	if got := yamlFields(reflect.TypeOf(model{})); !reflect.DeepEqual(got, map[string][]int{"public-routes": {0, 0}, "methods": {1}}) {
		t.Fatalf("yamlFields = %v", got)
	}
	var n yaml.Node
	if err := yaml.Unmarshal([]byte("public-routes: ['/a']\nmethods: [GET]\n"), &n); err != nil {
		t.Fatal(err)
	}
	if err := checkKnownFields("r.yaml", "CLK999", n.Content[0], reflect.TypeOf(model{}), "params"); err != nil {
		t.Fatalf("inline keys refused: %v", err)
	}
	if err := yaml.Unmarshal([]byte("public-route: ['/a']\n"), &n); err != nil {
		t.Fatal(err)
	}
	err := checkKnownFields("r.yaml", "CLK999", n.Content[0], reflect.TypeOf(model{}), "params")
	if err == nil || !strings.Contains(err.Error(), `"params.public-route": unknown field (known: methods, public-routes)`) {
		t.Fatalf("typo: %v", err)
	}
}
