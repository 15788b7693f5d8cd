package reactrouter

import (
	"slices"
	"testing"
)

func TestFlatURL(t *testing.T) {
	for id, want := range map[string]string{
		"_index":                  "/",
		"about":                   "/about",
		"concerts.$city":          "/concerts/:city",
		"concerts._index":         "/concerts",
		"_auth.login":             "/login",
		"sign-in.$":               "/sign-in/*",
		"$":                       "/*",
		"($lang).about":           "/:lang?/about",
		"(en).docs":               "/en?/docs",
		"concerts_.mine":          "/concerts/mine",
		"sitemap[.]xml":           "/sitemap.xml",
		"api.webhooks.clerk":      "/api/webhooks/clerk",
		"_app.projects.$id.edit_": "/projects/:id/edit",
	} {
		if got := FlatURL(id); got != want {
			t.Errorf("FlatURL(%q) = %q, want %q", id, got, want)
		}
	}
}

func TestSamples(t *testing.T) {
	for pattern, want := range map[string][]string{
		"/":               {"/"},
		"/notes/:id":      {"/notes/x"},
		"/sign-in/*":      {"/sign-in", "/sign-in/x"},
		"/:lang?/about":   {"/about", "/x/about"},
		"/docs?/intro":    {"/intro", "/docs/intro"},
		"/api/webhooks/x": {"/api/webhooks/x"},
	} {
		if got := Samples(pattern); !slices.Equal(got, want) {
			t.Errorf("Samples(%q) = %q, want %q", pattern, got, want)
		}
	}
}

func TestJoinURL(t *testing.T) {
	for _, c := range [][3]string{{"/", "", "/"}, {"/", "dashboard", "/dashboard"}, {"/api", "/me/", "/api/me"}, {"/api", "", "/api"}, {"/", "sign-in/*", "/sign-in/*"}} {
		if got := joinURL(c[0], c[1]); got != c[2] {
			t.Errorf("joinURL(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}
