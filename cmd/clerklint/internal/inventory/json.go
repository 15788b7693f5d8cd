package inventory

import (
	"encoding/json"
	"io"

	"github.com/clerklint/clerklint/cmd/clerklint/internal/report"
)

// jsonFormat is the inventory for scripts. Its shape is a contract: fields are
// only ever added, "endpoints" and "errors" are always arrays, and "version"
// changes if a field changes meaning. Each endpoint is the endpoint model with
// its JSON tags (analyzers/endpoint; lists it leaves empty are omitted), plus
// "findings" (rule ids), "findingDetails", "exposure" and "reason":
//
//	{
//	  "version": "1",
//	  "tool": {"name": "clerklint", "version": "v1.2.3"},
//	  "endpoints": [{
//	    "framework": "next-app", "kind": "route", "methods": ["POST"], "url": "/api/orders",
//	    "registration": {"file": "app/api/orders/route.ts", "line": 4}, "handler": {…}, "handlerEnd": 20,
//	    "protection": {"state": "unprotected", "by": [{"kind": …, "what": …, "at": {…}}], "why": …, "gap": {…}},
//	    "public": […], "authorization": […], "sessions": […], "inputs": […], "effects": […], "effectsKnown": true,
//	    "findings": ["CLK101"],
//	    "exposure": "exposed", "reason": "it writes data: …",
//	    "findingDetails": [{"rule": "CLK101", "severity": "error", "file": …, "line": 4, "column": 1, "message": …, "fingerprint": …}]
//	  }],
//	  "unattachedFindings": 2,
//	  "errors": [{"path": "src/broken.ts", "message": "…", "internal": false}]
//	}
type jsonFormat struct{}

func (jsonFormat) Description() string { return "JSON document for scripts (stable, versioned)" }

type jsonInventory struct {
	Version    string      `json:"version"`
	Tool       report.Tool `json:"tool"`
	Endpoints  []Entry     `json:"endpoints"`
	Unattached int         `json:"unattachedFindings"`
	Errors     []jsonError `json:"errors"`
}

type jsonError struct {
	Path     string `json:"path"`
	Message  string `json:"message"`
	Internal bool   `json:"internal"`
}

func (jsonFormat) Format(w io.Writer, inv *Inventory, _ Options) error {
	out := jsonInventory{Version: "1", Tool: inv.Tool, Endpoints: inv.Endpoints, Unattached: inv.Unattached, Errors: []jsonError{}}
	if out.Endpoints == nil {
		out.Endpoints = []Entry{}
	}
	for _, e := range inv.Errors {
		out.Errors = append(out.Errors, jsonError{Path: e.Path, Message: e.Message, Internal: e.Internal})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// Evidence quotes code such as <SignedIn>; keep it readable.
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
