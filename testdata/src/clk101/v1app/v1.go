package v1app

import (
	"net/http"

	"github.com/clerkinc/clerk-sdk-go/clerk"
)

func list(w http.ResponseWriter, r *http.Request) {}

func main() {
	client, _ := clerk.NewClient("")
	mux := http.NewServeMux()
	mux.Handle("/api/private", clerk.RequireSessionV2(client)(http.HandlerFunc(list))) // ok
	mux.HandleFunc("/api/open", list)                                                  // want `route /api/open \(net/http, registered in main\)`
	http.ListenAndServe(":8080", mux)
}
