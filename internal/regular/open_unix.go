//go:build unix

package regular

import "syscall"

const openFlags = syscall.O_NOFOLLOW | syscall.O_NONBLOCK | syscall.O_CLOEXEC

// NoFollow is the open flag that refuses a symlink in the last path element,
// for files clerklint writes (clerklint init).
const NoFollow = syscall.O_NOFOLLOW
