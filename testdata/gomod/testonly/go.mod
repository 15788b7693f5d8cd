module example.com/testonly

go 1.25.0

require (
	github.com/clerk/clerk-sdk-go/v2 v2.4.2
	github.com/go-chi/chi/v5 v5.5.0
)

require (
	github.com/go-jose/go-jose/v3 v3.0.4 // indirect
	golang.org/x/crypto v0.48.0 // indirect
)
