// Package keyring is a minimal analysistest stub of github.com/zalando/go-keyring
// (v0.2.8): the OS keychain API.
package keyring

// Set stores password for service and user in the OS keychain.
func Set(service, user, password string) error { return nil }

// Get returns the password stored for service and user.
func Get(service, user string) (string, error) { return "", nil }

// Delete removes the password stored for service and user.
func Delete(service, user string) error { return nil }
