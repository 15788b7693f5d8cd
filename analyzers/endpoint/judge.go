package endpoint

import (
	"fmt"
	"slices"
	"strings"
)

// Verdict is the CLK101 judgement of one endpoint.
type Verdict struct {
	// Report is true when the endpoint should be reported as unprotected.
	Report bool
	// Reason completes the message: why it matters ("it writes data:
	// prisma.post.create at app/api/posts/route.ts:12"), or, when effects are
	// unknown, that they are.
	Reason string
	// Pattern is the broad public pattern the endpoint sits under, when that is
	// what makes it unprotected.
	Pattern *Evidence
	// Effect is the effect that needs a signed-in user, when one is known.
	Effect *Effect
}

// NeedsSession judges whether an endpoint lacks the session protection it
// needs, on what it does rather than on its name alone:
//
//   - protected, fail-open (CLK102's) or not followed (Unknown): not reported;
//   - public by design (a health or static path, a verifying webhook
//     receiver, a shared-secret cron route, a pattern that names it in the
//     app's public matcher or public-routes): not reported, unless the only
//     public evidence is a broad pattern ("/api(.*)", a whole router) or a
//     resource tree's wildcard ("/api/books/(.*)", Tree) and the endpoint
//     writes data or calls the Clerk Backend API;
//   - effect-free (the producer read everything and found no effect: static
//     or constant data, or only outbound calls that send no credential,
//     which anyone could make directly): not reported;
//   - otherwise reported, with the first effect that needs a user, or with
//     "its effects could not be determined" when the producer could not tell.
//
// Pages are judged by intent instead: a page is reported when its URL says it
// is private (PrivateURL evidence), nothing protects it, and no public pattern
// names it (a broad pattern or a tree wildcard does not count).
func NeedsSession(e *Endpoint) Verdict {
	if e.Protection.State != Unprotected {
		return Verdict{}
	}
	if e.Kind == Page {
		// A pattern naming the page says it is public by intent; a broad one
		// ("/(.*)") or a tree wildcard more likely opened it by accident.
		if _, _, narrow := splitPublic(e.Public); narrow || !Has(e.Public, PrivateURL) {
			return Verdict{}
		}
		return Verdict{Report: true, Reason: "its URL marks it private"}
	}
	writes := firstEffect(e, Effect.Writes)
	if broad, tree, narrow := splitPublic(e.Public); broad != nil || tree != nil || narrow {
		// What a broad pattern or a tree wildcard cannot have meant to open:
		// writes, and any Clerk Backend API call (getUserList lists everyone).
		sensitive := firstEffect(e, func(f Effect) bool { return f.Writes() || f.Kind == ClerkAPI })
		if narrow || sensitive == nil {
			return Verdict{}
		}
		if broad == nil {
			return Verdict{Report: true, Pattern: tree, Effect: sensitive,
				Reason: fmt.Sprintf("it is public only through the wildcard %s (%s), which opens its URL tree for reading public data, yet it %s",
					tree.What, tree.At, describe(sensitive))}
		}
		return Verdict{
			Report:  true,
			Pattern: broad,
			Effect:  sensitive,
			Reason: fmt.Sprintf("it is public only through the broad pattern %s (%s), yet it %s",
				broad.What, broad.At, describe(sensitive)),
		}
	}
	needs := firstEffect(e, Effect.NeedsUser)
	if e.EffectsKnown && needs == nil {
		return Verdict{}
	}
	v := Verdict{Report: true}
	switch {
	case writes != nil:
		v.Effect, v.Reason = writes, "it "+describe(writes)
	case needs != nil:
		v.Effect, v.Reason = needs, "it "+describe(needs)
	default:
		v.Reason = "what it does could not be determined, so it is assumed to need a signed-in user"
	}
	if g := e.Protection.Gap; g != nil {
		v.Reason += "; " + gapText(g)
	}
	return v
}

// PublicData returns the evidence that an endpoint is public by design
// because all it does is read models whose rows are public by nature (a
// catalogue, a blog: CLK101's params.public-data), when its effects are
// known and every one is such a read. Producers add it to Endpoint.Public
// beside the public-routes evidence. Names compare case-insensitively,
// singular or plural ("products" matches "Product"; "categories",
// "category"; "ProductCategory", "product_categories").
func PublicData(e *Endpoint, models []string) (Evidence, bool) {
	if !e.EffectsKnown || len(e.Effects) == 0 || len(models) == 0 {
		return Evidence{}, false
	}
	var names []string
	for _, f := range e.Effects {
		if f.Kind != DBRead || f.Model == "" || !slices.ContainsFunc(models, func(m string) bool { return singular(m) == singular(f.Model) }) {
			return Evidence{}, false
		}
		if !slices.Contains(names, f.Model) {
			names = append(names, f.Model)
		}
	}
	return Evidence{Kind: PublicDataRead, What: "reads only public-data models: " + strings.Join(names, ", "), At: e.Effects[0].At}, true
}

// singular folds a model name for comparison: lower case, letters and digits
// only, a plural ending dropped.
func singular(name string) string {
	s := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		}
		return -1
	}, name)
	switch {
	case strings.HasSuffix(s, "ies") && len(s) > 4:
		return s[:len(s)-3] + "y"
	case strings.HasSuffix(s, "ses") || strings.HasSuffix(s, "xes"):
		return s[:len(s)-2]
	case strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss") && len(s) > 3:
		return s[:len(s)-1]
	}
	return s
}

// splitPublic returns the first broad public pattern, the first resource-tree
// wildcard, and whether any evidence names the endpoint specifically (a
// narrow pattern, a health path, a verifying webhook, a shared secret).
func splitPublic(ev []Evidence) (broad, tree *Evidence, narrow bool) {
	for i := range ev {
		switch {
		case ev[i].Kind == PrivateURL:
		case ev[i].Broad:
			if broad == nil {
				broad = &ev[i]
			}
		case ev[i].Tree:
			if tree == nil {
				tree = &ev[i]
			}
		default:
			narrow = true
		}
	}
	return broad, tree, narrow
}

func firstEffect(e *Endpoint, keep func(Effect) bool) *Effect {
	for i := range e.Effects {
		if keep(e.Effects[i]) {
			return &e.Effects[i]
		}
	}
	return nil
}

// describe renders an effect for a message: "writes data (prisma.post.create at
// app/api/posts/route.ts:12)".
func describe(f *Effect) string {
	verb := map[EffectKind]string{
		DBRead:   "reads data",
		DBWrite:  "writes data",
		ClerkAPI: "calls the Clerk Backend API",
		Outbound: "calls an external service",
		Storage:  "writes files",
	}[f.Kind]
	if verb == "" {
		verb = string(f.Kind)
	}
	return fmt.Sprintf("%s (%s at %s)", verb, f.Target, f.At)
}

func gapText(g *Evidence) string {
	switch g.Kind {
	case BeforeGlobalAuth:
		return fmt.Sprintf("it is registered before %s (%s), which only covers routes registered after it", g.What, g.At)
	case SiblingsUseAuth:
		return fmt.Sprintf("the other routes of its group use %s (%s)", g.What, g.At)
	}
	return fmt.Sprintf("%s (%s)", g.What, g.At)
}
