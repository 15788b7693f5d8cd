package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// chromiumArgs run Debian's chromium headless, isolated and offline: no
// profile, sync, component updates or background fetches.
func chromiumArgs(profile string) []string {
	return []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + profile}
}

// TestReviewHTMLInBrowser renders the HTML review of the sample project in
// a real headless browser: the rendered DOM carries the report's text, and
// the page paints to a PNG. It skips without chromium, unless
// CLERKLINT_REQUIRE_E2E=1 (CI) makes that a failure.
func TestReviewHTMLInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the browser test in -short mode")
	}
	browser, err := exec.LookPath("chromium")
	if err != nil {
		msg := "review HTML end-to-end test: chromium not on PATH (install with: apt-get install chromium)"
		if os.Getenv("CLERKLINT_REQUIRE_E2E") == "1" {
			t.Fatal(msg)
		}
		t.Skip("skipping " + msg)
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "review.html")
	var out, errb bytes.Buffer
	if code := run([]string{"review", "--no-go", "--format", "html", "--output", page, "../../testdata/sample"}, &out, &errb); code != exitFindings {
		t.Fatalf("review: exit %d: %s", code, errb.String())
	}
	html, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	// Self-contained: nothing for the browser to fetch.
	for _, ref := range []string{"<script", "<link", "src=", "url(", "@import", "http://", "https://"} {
		if bytes.Contains(html, []byte(ref)) {
			t.Errorf("the HTML report references external content (%q)", ref)
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	browse := func(args ...string) []byte {
		t.Helper()
		cmd := exec.CommandContext(ctx, browser, append(chromiumArgs(t.TempDir()), args...)...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("chromium %v: %v\n%s", args, err, tail(stderr.String(), 2000))
		}
		return stdout.Bytes()
	}
	dom := string(browse("--dump-dom", "file://"+page))
	for _, want := range []string{
		"Clerk review: sample",
		"Publishable key on frontend, secret key on backend only",
		"sample-app-42.clerk.accounts.dev",
		`<span class="badge fail">FAIL</span>`,
		`<span class="badge na">N/A</span>`,
		"src/lib/clerk.ts:5",
		"Plan check",
	} {
		if !strings.Contains(dom, want) {
			t.Errorf("rendered DOM lacks %q", want)
		}
	}

	shot := filepath.Join(dir, "review.png")
	browse("--hide-scrollbars", "--window-size=1280,1600", "--screenshot="+shot, "file://"+page)
	png, err := os.ReadFile(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) || len(png) < 10_000 {
		t.Fatalf("screenshot is not a painted PNG (%d bytes)", len(png))
	}
	if dst := os.Getenv("CLERKLINT_REVIEW_SCREENSHOT"); dst != "" {
		// For refreshing docs/review.png by hand.
		if err := os.WriteFile(dst, png, 0o644); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(os.Stderr, "wrote %s\n", dst)
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
