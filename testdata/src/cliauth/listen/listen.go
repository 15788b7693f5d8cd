// Package listen is the CLI callback server of a browser sign-in (CLK602).
package listen

import (
	"fmt"
	"net"
	"net/http"
	"strconv"

	"github.com/pkg/browser"
)

func serve(mux *http.ServeMux, port int) {
	browser.OpenURL("https://app.example.com/cli-login")

	http.ListenAndServe(":8080", mux)                 // want `^cli auth callback server listens on all interfaces \(":8080"\): listen on loopback \("127.0.0.1:8080"\) so only this machine can deliver the token$`
	net.Listen("tcp", "0.0.0.0:0")                    // want `all interfaces \("0.0.0.0:0"\)`
	net.Listen("tcp", fmt.Sprintf(":%d", port))       // want `all interfaces \(":%d"\): listen on loopback \("127.0.0.1:%d"\)`
	http.ListenAndServe(":"+strconv.Itoa(port), mux)  // want `all interfaces \(":…"\): listen on loopback \("127.0.0.1:…"\)`
	_ = &http.Server{Addr: "[::]:9000", Handler: mux} // want `all interfaces \("\[::\]:9000"\)`
	net.Listen("tcp", net.JoinHostPort("", "0"))      // want `all interfaces \(""\): listen on loopback \("127.0.0.1"\)`

	addr := ":9999" // want `all interfaces \(":9999"\)`
	http.ListenAndServe(addr, mux)

	// Loopback only.
	http.ListenAndServe("127.0.0.1:8080", mux)
	net.Listen("tcp", "localhost:0")
	net.Listen("tcp", "[::1]:0")
	srv := &http.Server{Handler: mux}
	srv.Addr = "127.0.0.1:8765"
}
