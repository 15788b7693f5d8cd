'use client'
// ok: CLK101
import { goToMember, warmGuild, slugFree, handleTaken, guildNameFree, usernameCount, keepWarm, emailRegistered, inviteExists, handleIsStaff, memberByHandle, checkHandle, touchMember } from '@/app/actions/availability'

export function JoinForm({ value }: { value: string }) {
  return (
    <div>
      <button onClick={() => handleTaken(value)}>handle</button>
      <button onClick={() => guildNameFree(value, value)}>guild</button>
      <button onClick={() => usernameCount(value)}>username</button>
      <button onClick={() => slugFree(value)}>slug</button>
      <button onClick={() => goToMember(value)}>go</button>
      <button onClick={() => warmGuild(value)}>warm guild</button>
      <button onClick={() => keepWarm()}>warm</button>
      <button onClick={() => emailRegistered(value)}>email</button>
      <button onClick={() => inviteExists(value)}>invite</button>
      <button onClick={() => handleIsStaff(value)}>staff</button>
      <button onClick={() => memberByHandle(value)}>member</button>
      <button onClick={() => checkHandle(value)}>check</button>
      <button onClick={() => touchMember(value)}>touch</button>
    </div>
  )
}
