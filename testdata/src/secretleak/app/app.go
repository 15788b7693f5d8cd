package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net/http"
	"os"
	"strings"

	clerk "github.com/clerk/clerk-sdk-go/v2"

	"secretleak/config"
)

func startup() error {
	key := os.Getenv("CLERK_SECRET_KEY")
	clerk.SetKey(key) // correct: the SDK is where the key belongs

	log.Printf("starting with clerk key %s", key)            // want `^clerk secret from CLERK_SECRET_KEY reaches log.Printf: log whether it is set, never its value$`
	fmt.Println("key:", strings.TrimSpace(key))              // want `clerk secret from CLERK_SECRET_KEY reaches fmt.Println`
	slog.Info("clerk configured", slog.String("key", key))   // want `clerk secret from CLERK_SECRET_KEY reaches slog.String`
	slog.Default().Info("clerk", "key", "prefix-"+key)       // want `clerk secret from CLERK_SECRET_KEY reaches Logger.Info`
	fmt.Fprintf(os.Stderr, "%s\n", fmt.Sprintf("k=%s", key)) // want `clerk secret from CLERK_SECRET_KEY reaches fmt.Fprintf`
	if v, ok := os.LookupEnv("CLERK_SECRET_KEY"); ok {
		log.Println(v) // want `clerk secret from CLERK_SECRET_KEY reaches log.Println`
	}
	// The docs-era bare name (CLK004's whole-names).
	log.Println("webhook", os.Getenv("WEBHOOK_SECRET")) // want `clerk secret from WEBHOOK_SECRET reaches log.Println`

	// Facts from package config.
	cfg := config.Load()
	log.Println("secret", cfg.ClerkSecretKey) // want `clerk secret from Config.ClerkSecretKey reaches log.Println`
	log.Printf("config: %+v", cfg)            // want `clerk secret from Config.ClerkSecretKey reaches log.Printf`
	log.Print(config.SecretKey())             // want `clerk secret from CLERK_SECRET_KEY reaches log.Print`
	log.Print(cfg.WebhookSecret)              // want `clerk secret from Config.WebhookSecret reaches log.Print`

	// Safe: facts about the key, not the key.
	log.Printf("clerk key configured: %t", key != "")
	log.Printf("clerk key length %d", len(key))
	log.Printf("clerk instance live: %t", strings.HasPrefix(key, "sk_live_"))
	log.Println("port", cfg.Port)

	if key == "" {
		return fmt.Errorf("clerk init failed with key %q", key) // want `^clerk secret from CLERK_SECRET_KEY is put into an error by fmt.Errorf: errors end up in logs and responses, leave the secret out$`
	}
	err := errors.New("bad key " + key)
	log.Println(err) // want `clerk secret from CLERK_SECRET_KEY reaches log.Println`
	return nil
}

func handler(w http.ResponseWriter, r *http.Request) {
	cfg := config.Load()
	secret := cfg.ClerkSecretKey
	http.Error(w, "bad key "+secret, http.StatusInternalServerError) // want `^clerk secret from Config.ClerkSecretKey is written to the HTTP response by http.Error: never send the secret to clients$`
	w.Write([]byte(secret))                                          // want `written to the HTTP response by ResponseWriter.Write`
	io.WriteString(w, secret)                                        // want `written to the HTTP response by io.WriteString`
	fmt.Fprintln(w, secret)                                          // want `written to the HTTP response by fmt.Fprintln`
	json.NewEncoder(w).Encode(map[string]string{"key": secret})      // want `written to the HTTP response by json.Encoder.Encode`
	json.NewEncoder(w).Encode(cfg)                                   // want `clerk secret from Config.ClerkSecretKey is written to the HTTP response by json.Encoder.Encode`
	body, _ := json.Marshal(cfg)
	w.Write(body)                          // want `clerk secret from Config.ClerkSecretKey is written to the HTTP response by ResponseWriter.Write`
	json.NewEncoder(os.Stdout).Encode(cfg) // want `clerk secret from Config.ClerkSecretKey is serialised by json.Encoder.Encode`

	// Safe: status only; a struct whose secret field is hidden from JSON.
	http.Error(w, "clerk is not configured", http.StatusInternalServerError)
	json.NewEncoder(w).Encode(safeView{Port: cfg.Port, MachineKey: cfg.MachineKey})
	w.WriteHeader(http.StatusOK)
}

type safeView struct {
	Port       string
	MachineKey string `json:"-"` // want MachineKey:`carriesSecret\(safeView.MachineKey\)`
}
