// Package ruleid holds the rule ids as constants generated from
// rules/clerk.yaml (ids.go), so code names a rule by its slug
// (ruleid.UnprotectedEndpoint) and an id is never typed twice. It has no
// code of its own: TestGenerated regenerates and checks ids.go.
package ruleid
