import { users } from '@clerk/clerk-sdk-node'

// A background audit mark: the promise is dropped and its rejection
// is unhandled.
export function audit(userId, what) {
  // ruleid: CLK501
  void users.updateUserMetadata(userId, { privateMetadata: { lastChange: what } })
}

// Its twin hands the promise to the caller.
export function auditAwaitable(userId, what) {
  // ok: CLK501
  return users.updateUserMetadata(userId, { privateMetadata: { lastChange: what } })
}
