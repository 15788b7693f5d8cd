// Package tokenfile is the CLI side of a browser sign-in that stores the token
// in files (CLK601) and, correctly, in the OS keychain.
package tokenfile

import (
	"encoding/json"
	"fmt"
	"io/ioutil"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/zalando/go-keyring"
)

type credentials struct {
	AccessToken string `json:"access_token"`
}

func login(home string) {
	exec.Command("open", "https://app.example.com/cli-login?port=8765").Start()
	tokens := make(chan string, 1)
	http.HandleFunc("/callback", func(w http.ResponseWriter, r *http.Request) {
		tokens <- r.URL.Query().Get("token")
	})
	tok := <-tokens

	os.WriteFile(filepath.Join(home, ".myapp", "token"), []byte(tok), 0o600) // want `^cli auth token written to a plain file by os.WriteFile: store it in the OS keychain instead \(e.g. keyring.Set from github.com/zalando/go-keyring\)$`
	ioutil.WriteFile("/tmp/myapp-token", []byte(tok), 0o600)                 // want `by ioutil.WriteFile`

	f, _ := os.Create(filepath.Join(home, ".myapp", "credentials.json"))
	f.WriteString(tok)                                       // want `by File.WriteString`
	fmt.Fprintf(f, "token=%s\n", tok)                        // want `by fmt.Fprintf`
	json.NewEncoder(f).Encode(credentials{AccessToken: tok}) // want `by json.Encoder.Encode`

	// The keychain is the right place.
	keyring.Set("myapp", "default", tok)
	// Other files are fine.
	os.WriteFile(filepath.Join(home, ".myapp", "config"), []byte("theme=dark"), 0o644)
}

func callbackFromForm(w http.ResponseWriter, r *http.Request) {
	jwt := r.FormValue("jwt")
	_ = os.WriteFile("session", []byte("Bearer "+jwt), 0o600) // want `by os.WriteFile`
}
