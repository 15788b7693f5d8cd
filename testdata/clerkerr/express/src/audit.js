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

// forEach drops each callback's promise: the loop ends before the
// updates, and their failures are unhandled.
export async function tagAll(userIds, tag) {
  userIds.forEach(async (id) => {
    // ruleid: CLK501
    await users.updateUserMetadata(id, { privateMetadata: { tag } })
  })
  userIds.forEach((id) => {
    // ruleid: CLK501
    users.updateUserMetadata(id, { privateMetadata: { tag } })
  })
  return userIds.length
}

// The twin awaits each update in a for...of loop.
export async function tagAllChecked(userIds, tag) {
  for (const id of userIds) {
    // ok: CLK501
    await users.updateUserMetadata(id, { privateMetadata: { tag } })
  }
  return userIds.length
}
