package python_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
)

// A chain of 40 blueprints, each registered twice on the next, reaches its
// route 2^40 ways: the Flask and FastAPI models walk each router's mounts
// once and keep at most web.MaxMounts of them, so the scan ends with a
// bounded inventory instead of running forever.
func TestMountFanOutIsBounded(t *testing.T) {
	const depth = 40
	for _, fw := range []struct{ name, header, router, register, route string }{
		{"flask", "from flask import Flask, Blueprint\napp = Flask(__name__)\n",
			"b%d = Blueprint('b%d', __name__)\n", "b%d.register_blueprint(b%d, url_prefix='/a')\nb%d.register_blueprint(b%d, url_prefix='/b')\n",
			"@b0.post('/orders')\ndef create():\n    db.orders.insert({})\n"},
		{"fastapi", "from fastapi import FastAPI, APIRouter\napp = FastAPI()\n",
			"b%d = APIRouter()\n", "b%d.include_router(b%d, prefix='/a')\nb%d.include_router(b%d, prefix='/b')\n",
			"@b0.post('/orders')\ndef create():\n    db.orders.insert({})\n"},
	} {
		t.Run(fw.name, func(t *testing.T) {
			var src strings.Builder
			src.WriteString(fw.header)
			for i := 0; i <= depth; i++ {
				src.WriteString(strings.ReplaceAll(fw.router, "%d", fmt.Sprint(i)))
			}
			src.WriteString(fw.route)
			for i := 1; i <= depth; i++ {
				fmt.Fprintf(&src, fw.register, i, i-1, i, i-1)
			}
			if fw.name == "flask" {
				fmt.Fprintf(&src, "app.register_blueprint(b%d)\n", depth)
			} else {
				fmt.Fprintf(&src, "app.include_router(b%d)\n", depth)
			}
			res := scanApp(t, fw.name, src.String())
			n := 0
			for _, e := range res.Endpoints {
				if strings.HasSuffix(e.URL, "/orders") {
					n++
				}
			}
			if n == 0 || n > 16 {
				t.Fatalf("%d endpoints for the one route, want 1..16", n)
			}
		})
	}
}

// The Django URL walk is bounded too: a pattern list built by doubling the
// previous one 40 times ends with a listed gap, not a scan that never ends.
func TestDjangoURLWalkIsBounded(t *testing.T) {
	var urls strings.Builder
	urls.WriteString("from django.urls import path\nfrom .views import create\nl0 = [path('orders/', create)]\n")
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&urls, "l%d = l%d + l%d\n", i, i-1, i-1)
	}
	urls.WriteString("urlpatterns = l40\n")
	res := scanFiles(t, map[string]string{
		"requirements.txt":   "Django==5.1.4\nclerk-backend-api==3.0.2\n",
		"config/__init__.py": "",
		"config/settings.py": "ROOT_URLCONF = \"config.urls\"\n",
		"config/urls.py":     urls.String(),
		"config/views.py":    "def create(request):\n    Order.objects.create()\n",
	})
	gap := false
	for _, e := range res.Errors {
		gap = gap || strings.Contains(e.Message, "URL patterns not all read")
	}
	if !gap {
		t.Fatalf("no gap for the unbounded URL tree; errors: %v", res.Errors)
	}
}

// scanApp scans a project of one app.py whose requirements name the
// framework and Clerk's SDK.
func scanApp(t *testing.T, framework, app string) *scan.Result {
	t.Helper()
	return scanFiles(t, map[string]string{"requirements.txt": framework + "\nclerk-backend-api\n", "app.py": app})
}

// scanFiles scans a project of the given files with every rule.
func scanFiles(t *testing.T, files map[string]string) *scan.Result {
	t.Helper()
	root := t.TempDir()
	for name, data := range files {
		abs := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(abs, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	sel, err := rules.Select(set, &rules.Config{}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := scan.Run(scan.Request{Root: root, Selection: sel, Config: &rules.Config{}, Engines: engines.All(), Options: scan.Options{NoGo: true, Workers: 1}})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// A module declaring thousands of routes finds each decorator's router
// through File.DefName's index, once per file, and lists every route.
func TestManyRoutesOneModule(t *testing.T) {
	const n = 3000
	for _, fw := range []struct{ name, header, route string }{
		{"flask", "from flask import Flask\napp = Flask(__name__)\n", "@app.get('/r%d')\ndef r%d():\n    return 'ok'\n"},
		{"fastapi", "from fastapi import FastAPI\napp = FastAPI()\n", "@app.get('/r%d')\nasync def r%d():\n    return 'ok'\n"},
	} {
		t.Run(fw.name, func(t *testing.T) {
			var src strings.Builder
			src.WriteString(fw.header)
			for i := range n {
				fmt.Fprintf(&src, fw.route, i, i)
			}
			res := scanApp(t, fw.name, src.String())
			seen := map[string]bool{}
			for _, e := range res.Endpoints {
				seen[e.URL] = true
			}
			for _, i := range []int{0, n / 2, n - 1} {
				if url := fmt.Sprintf("/r%d", i); !seen[url] {
					t.Errorf("no endpoint %s among %d", url, len(res.Endpoints))
				}
			}
			if len(res.Endpoints) != n {
				t.Errorf("%d endpoints, want %d", len(res.Endpoints), n)
			}
		})
	}
}
