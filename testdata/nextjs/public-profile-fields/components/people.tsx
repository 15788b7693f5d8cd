'use client'
// ok: CLK101
import { profileByHandle, followersOf, profileWithContact, memberIds, memberRow, profileWithPins, profileWithDrafts, renameMember } from '@/app/actions/people'

export function People({ handle }: { handle: string }) {
  return (
    <div>
      <button onClick={() => profileByHandle(handle)}>profile</button>
      <button onClick={() => followersOf(handle)}>followers</button>
      <button onClick={() => profileWithContact(handle)}>contact</button>
      <button onClick={() => memberIds(handle)}>ids</button>
      <button onClick={() => memberRow(handle)}>row</button>
      <button onClick={() => profileWithPins(handle)}>pins</button>
      <button onClick={() => profileWithDrafts(handle)}>drafts</button>
      <button onClick={() => renameMember(handle, 'x')}>rename</button>
    </div>
  )
}
