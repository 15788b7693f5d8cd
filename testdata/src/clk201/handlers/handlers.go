package handlers

import (
	"net/http"

	"github.com/clerk/clerk-sdk-go/v2/user"
)

// BanUser is a handler in another package that calls a privileged API.
func BanUser(w http.ResponseWriter, r *http.Request) {
	user.Ban(r.Context(), r.URL.Query().Get("id"))
}
