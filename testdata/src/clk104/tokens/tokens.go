package tokens

import (
	"context"
	"log"
	"net/http"
	"strings"

	"github.com/clerk/clerk-sdk-go/v2/jwt"
	clerkv1 "github.com/clerkinc/clerk-sdk-go/clerk"
)

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

func decodedIdentity(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.Decode(r.Context(), &jwt.DecodeParams{Token: bearer(r)}) // want `claims from jwt.Decode are not verified, yet tok.Subject is used \(line 22\)`
	if err != nil {
		return
	}
	userID := tok.Subject
	_ = userID
}

func decodedForKeyID(ctx context.Context, raw string) error {
	tok, err := jwt.Decode(ctx, &jwt.DecodeParams{Token: raw}) // ok: only the key id is read, then the token is verified
	if err != nil {
		return err
	}
	log.Printf("decoded token for %s", tok.Subject) // ok: logging
	key, err := jwt.GetJSONWebKey(ctx, &jwt.GetJSONWebKeyParams{KeyID: tok.KeyID})
	if err != nil {
		return err
	}
	_, err = jwt.Verify(ctx, &jwt.VerifyParams{Token: raw, JWK: key})
	return err
}

func verifyIgnored(ctx context.Context, raw string) string {
	claims, _ := jwt.Verify(ctx, &jwt.VerifyParams{Token: raw}) // want `the error of jwt.Verify is discarded`
	return claims.Subject
}

func verifyLoggedOnly(ctx context.Context, raw string) string {
	var err error
	claims, err := jwt.Verify(ctx, &jwt.VerifyParams{Token: raw}) // want `the error of jwt.Verify is never checked`
	log.Println(err)
	return claims.Subject
}

func verifyChecked(ctx context.Context, raw string) (string, error) {
	claims, err := jwt.Verify(ctx, &jwt.VerifyParams{Token: raw}) // ok
	if err != nil {
		return "", err
	}
	return claims.Subject, nil
}

func verifyDiscarded(ctx context.Context, raw string) {
	jwt.Verify(ctx, &jwt.VerifyParams{Token: raw}) // want `the result of jwt.Verify is discarded`
}

func v1(client clerkv1.Client, raw string) string {
	tok, _ := client.DecodeToken(raw)  // want `claims from Client.DecodeToken are not verified, yet tok.Subject is used`
	sess, _ := client.VerifyToken(raw) // want `the error of Client.VerifyToken is discarded`
	return tok.Subject + sess.Subject
}
