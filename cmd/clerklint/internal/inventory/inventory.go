// Package inventory is `clerklint endpoints`: the attack-surface map of a
// scan. Every endpoint the framework models found is listed with what protects
// it, what it reads and does, and the findings that lie on it, in one of the
// formats of its Formats registry (text, json, markdown).
//
// It is a package of its own rather than three more formats in report because
// it renders another document: report's formatters render findings and their
// registry is what `scan --format` accepts; the inventory renders endpoints,
// and its names (markdown) must not become valid scan formats by accident. It
// keeps report's guarantee the same way report does: Build is the only way
// endpoints reach a Formatter, and it passes every string of the inventory
// (paths, evidence, effect targets, messages) through keys.RedactAll with the
// secrets of the scan's findings, as report.Process does for findings.
package inventory

import (
	"cmp"
	"reflect"
	"slices"
	"strings"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/cmd/clerklint/internal/report"
	"github.com/clerklint/clerklint/rules"
)

// Inventory is the endpoint map of one scan, redacted and ordered, ready for a
// Formatter.
type Inventory struct {
	Tool report.Tool
	// Endpoints are ordered by exposure (exposed first, protected last), then
	// by registration file and line.
	Endpoints []Entry
	// Unattached counts the reported findings that lie on no endpoint
	// (`clerklint scan` lists them).
	Unattached int
	// Errors are the files and modules the scan could not analyse, so the
	// inventory may lack their endpoints.
	Errors []scan.FileError
}

// Entry is one endpoint with the findings on it. Its JSON form is the
// endpoint model's, plus exposure, reason and findingDetails.
type Entry struct {
	endpoint.Endpoint
	// Exposure is what the evidence and findings add up to, the order of the
	// inventory.
	Exposure Exposure `json:"exposure"`
	// Reason is why an exposed endpoint needs a session it lacks (the CLK101
	// judgement, endpoint.NeedsSession), or why its protection is unknown.
	Reason string `json:"reason,omitempty"`
	// Details are the findings on the endpoint; Endpoint.Findings holds their
	// rule ids.
	Details []Finding `json:"findingDetails,omitempty"`
}

// Finding is a reported finding that lies on an endpoint.
type Finding struct {
	Rule        string         `json:"rule"`
	Severity    rules.Severity `json:"severity"`
	File        string         `json:"file"`
	Line        int            `json:"line"`
	Column      int            `json:"column,omitempty"`
	Message     string         `json:"message"`
	Fingerprint string         `json:"fingerprint"`
}

// Exposure classifies an endpoint for a reviewer, most urgent first.
type Exposure string

// Exposures, in inventory order.
const (
	// Exposed: no session protection and it needs one (endpoint.NeedsSession
	// reports it), or a CLK101 finding lies on it.
	Exposed Exposure = "exposed"
	// Unauthorized: an authorization finding (CLK2xx) lies on it.
	Unauthorized Exposure = "unauthorized"
	// ReadsOnly: the session is read or verified but a request without one
	// is not rejected.
	ReadsOnly Exposure = "reads-only"
	// Unknown: the producer could not tell what protects it.
	Unknown Exposure = "unknown"
	// Public: unprotected and judged not to need a session (public by design,
	// effect-free, a public page).
	Public Exposure = "public"
	// Protected: something rejects a request without a verified session.
	Protected Exposure = "protected"
	// TestOnly: registered in code only tests reach (endpoint.TestOnly),
	// never served.
	TestOnly Exposure = "test-only"
)

var exposureOrder = []Exposure{Exposed, Unauthorized, ReadsOnly, Unknown, Public, Protected, TestOnly}

// Build attaches each reported finding of rep to the endpoints of res it lies
// on (endpoint.Contains), judges and orders the endpoints, and redacts every
// string. res holds the raw endpoints and findings (their secrets are the
// exact strings redacted); rep is res processed by report.Process, so
// suppressed and baselined findings attach to nothing. Neither is modified.
func Build(res *scan.Result, rep *report.Report) *Inventory {
	inv := &Inventory{Tool: rep.Tool, Endpoints: []Entry{}, Errors: []scan.FileError{}}
	var secrets []string
	if res != nil {
		for _, f := range res.Findings {
			if f.Secret != "" && !slices.Contains(secrets, f.Secret) {
				secrets = append(secrets, f.Secret)
			}
		}
	}
	red := func(s string) string { return keys.RedactAll(s, secrets...) }

	attached := make([]bool, len(rep.Findings))
	if res != nil {
		for _, ep := range res.Endpoints {
			en := Entry{Endpoint: ep}
			en.Findings = nil
			// The report's paths are redacted already (a key can be part of
			// a file name): match them against the endpoint's redacted paths.
			probe := ep
			probe.Registration.File, probe.Handler.File = red(ep.Registration.File), red(ep.Handler.File)
			for i, f := range rep.Findings {
				if probe.Contains(red(f.File), f.Line) {
					attached[i] = true
					en.Details = append(en.Details, Finding{
						Rule: f.RuleID, Severity: f.Severity, File: f.File, Line: f.Line, Column: f.Column,
						Message: f.Message, Fingerprint: f.Fingerprint,
					})
					if !slices.Contains(en.Findings, f.RuleID) {
						en.Findings = append(en.Findings, f.RuleID)
					}
				}
			}
			slices.Sort(en.Findings)
			en.Exposure, en.Reason = judge(&ep, en.Findings)
			// Copy every slice and pointer before rewriting, so the caller's
			// result is never written; the walk reaches fields added to the
			// model later too, so none can leak a key.
			rewriteStrings(reflect.ValueOf(&en).Elem(), red)
			inv.Endpoints = append(inv.Endpoints, en)
		}
	}
	for _, a := range attached {
		if !a {
			inv.Unattached++
		}
	}
	// endpoint.Sort's order within each exposure; raw and redacted paths
	// order alike except around a key, and the order must only be stable.
	slices.SortStableFunc(inv.Endpoints, func(a, b Entry) int {
		return cmp.Or(
			cmp.Compare(slices.Index(exposureOrder, a.Exposure), slices.Index(exposureOrder, b.Exposure)),
			strings.Compare(a.Registration.File, b.Registration.File),
			cmp.Compare(a.Registration.Line, b.Registration.Line),
			strings.Compare(a.URL, b.URL),
			strings.Compare(strings.Join(a.Methods, ","), strings.Join(b.Methods, ",")),
			strings.Compare(a.Handler.File, b.Handler.File),
			cmp.Compare(a.Handler.Line, b.Handler.Line),
		)
	})
	for _, e := range rep.Errors {
		e.Path, e.Message = red(e.Path), red(e.Message)
		inv.Errors = append(inv.Errors, e)
	}
	return inv
}

// judge classifies an endpoint from its evidence and the rule ids on it.
func judge(e *endpoint.Endpoint, ids []string) (Exposure, string) {
	if e.TestOnly {
		return TestOnly, "only tests reach the code that registers it"
	}
	v := endpoint.NeedsSession(e)
	hasFamily := func(prefix string) bool {
		return slices.ContainsFunc(ids, func(id string) bool { return strings.HasPrefix(id, prefix) })
	}
	switch {
	case v.Report || slices.Contains(ids, "CLK101"):
		return Exposed, v.Reason
	case hasFamily("CLK2"):
		return Unauthorized, ""
	}
	switch e.Protection.State {
	case endpoint.ReadsOnly:
		return ReadsOnly, ""
	case endpoint.Unknown:
		return Unknown, e.Protection.Why
	case endpoint.Unprotected:
		return Public, ""
	}
	return Protected, ""
}

// rewriteStrings replaces every exported string reachable from v (addressable)
// with fn of it, copying slices, maps and pointers first so that values shared
// with the caller are never written.
func rewriteStrings(v reflect.Value, fn func(string) string) {
	if !v.CanSet() {
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(fn(v.String()))
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				rewriteStrings(v.Field(i), fn)
			}
		}
	case reflect.Slice:
		if v.IsNil() {
			return
		}
		c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(c, v)
		for i := range c.Len() {
			rewriteStrings(c.Index(i), fn)
		}
		v.Set(c)
	case reflect.Array:
		for i := range v.Len() {
			rewriteStrings(v.Index(i), fn)
		}
	case reflect.Pointer:
		if v.IsNil() {
			return
		}
		c := reflect.New(v.Type().Elem())
		c.Elem().Set(v.Elem())
		rewriteStrings(c.Elem(), fn)
		v.Set(c)
	case reflect.Map:
		if v.IsNil() {
			return
		}
		c := reflect.MakeMapWithSize(v.Type(), v.Len())
		for it := v.MapRange(); it.Next(); {
			k := reflect.New(v.Type().Key()).Elem()
			k.Set(it.Key())
			rewriteStrings(k, fn)
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(it.Value())
			rewriteStrings(e, fn)
			c.SetMapIndex(k, e)
		}
		v.Set(c)
	case reflect.Interface:
		if v.IsNil() {
			return
		}
		e := reflect.New(v.Elem().Type()).Elem()
		e.Set(v.Elem())
		rewriteStrings(e, fn)
		v.Set(e)
	}
}
