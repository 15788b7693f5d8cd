package js

import "testing"

func TestServesURL(t *testing.T) {
	for _, tc := range []struct {
		pattern, url string
		want         bool
	}{
		{"/sign-in/[[...sign-in]]", "/sign-in", true},
		{"/sign-in/[[...sign-in]]", "/sign-in/factor-one", true},
		{"/sign-in", "/sign-in/factor-one", false},
		{"/login", "/sign-in", false},
		{"/[slug]", "/login", true},
		{"/[slug]", "/", false},
		{"/docs/[...rest]", "/docs", false},
		{"/docs/[...rest]", "/docs/a/b", true},
		{"/", "/", true},
		{"/[[...all]]", "/anything/at/all", true},
		{"/[[lang]]/sign-in", "/sign-in", true},
		{"/[[lang]]/sign-in", "/fr/sign-in", true},
		{"/[[lang]]/sign-in", "/fr/de/sign-in", false},
	} {
		if got := ServesURL(URLSegs(tc.pattern), URLSegs(tc.url)); got != tc.want {
			t.Errorf("ServesURL(%s, %s) = %v, want %v", tc.pattern, tc.url, got, tc.want)
		}
	}
}

func TestEnvURLKind(t *testing.T) {
	for name, want := range map[string]AuthURLKind{
		"NEXT_PUBLIC_CLERK_SIGN_IN_URL":                   SignInURL,
		"NEXT_PUBLIC_CLERK_SIGN_UP_URL":                   SignUpURL,
		"NEXT_PUBLIC_CLERK_AFTER_SIGN_IN_URL":             RedirectURL,
		"NEXT_PUBLIC_CLERK_SIGN_IN_FALLBACK_REDIRECT_URL": RedirectURL,
		"NEXT_PUBLIC_CLERK_SIGN_UP_FORCE_REDIRECT_URL":    RedirectURL,
		"PUBLIC_CLERK_SIGN_IN_URL":                        SignInURL,
	} {
		if got := EnvURLKind(name); got != want {
			t.Errorf("EnvURLKind(%s) = %v, want %v", name, got, want)
		}
	}
}
