//go:build prod

package main

import "net/http"

// init serves taggedRouter in the prod build.
func init() {
	go func() { _ = http.ListenAndServe("127.0.0.1:8082", taggedRouter()) }()
}
