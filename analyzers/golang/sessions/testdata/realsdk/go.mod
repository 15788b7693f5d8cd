module example.com/realsdk

go 1.26.0

require (
	github.com/clerk/clerk-sdk-go/v2 v2.4.2
	github.com/go-chi/chi/v5 v5.5.0
	// The cache holds this x/crypto (clerklint's own); go-jose asks for an older one.
	golang.org/x/crypto v0.58.0
)
