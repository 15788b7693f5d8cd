//go:build !unix

package regular

// openFlags: where O_NOFOLLOW does not exist, the Lstat before the open and the
// fstat after it are the checks.
const openFlags = 0

// NoFollow: where O_NOFOLLOW does not exist, writers Lstat first.
const NoFollow = 0
