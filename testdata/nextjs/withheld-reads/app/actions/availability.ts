'use server'
import { redirect } from 'next/navigation'
import { db } from '@/lib/db'

// A sign-up form asks whether a handle is free: only whether a row with
// that public handle exists leaves the server.
// ok: CLK101
export async function handleTaken(handle: string) {
  const member = await db.member.findUnique({ where: { handle } })
  return !!member
}

// ok: CLK101
export async function guildNameFree(name: string, ownerId: string) {
  const guild = await db.guild.findFirst({ where: { name } })
  if (!guild) return true
  return guild.ownerId === ownerId ? true : false
}

// ok: CLK101
export const usernameCount = async (username: string) => {
  const rows = await db.member.findMany({ where: { username } })
  return rows.length > 0
}

// A guild's URL slug is public by nature.
// ok: CLK101
export async function slugFree(slug: string) {
  const guild = await db.guild.findFirst({ where: { slug } })
  return guild === null
}

// Keeps the database awake: it reads one row and hands nothing back.
// ok: CLK101
export async function keepWarm() {
  await db.member.findFirst({ where: { id: 'warm' } })
  return
}

// Whether an email has an account: an enumeration oracle for addresses.
// ruleid: CLK101
export async function emailRegistered(email: string) {
  const member = await db.member.findFirst({ where: { email } })
  return member !== null
}

// Existence by a private id.
// ruleid: CLK101
export async function inviteExists(id: string) {
  const invite = await db.invite.findUnique({ where: { id } })
  return Boolean(invite)
}

// The boolean tells a private field of the row, not its existence.
// ruleid: CLK101
export async function handleIsStaff(handle: string) {
  const member = await db.member.findUnique({ where: { handle } })
  return member ? member.role === 'staff' : false
}

// The row itself goes back.
// ruleid: CLK101
export async function memberByHandle(handle: string) {
  const member = await db.member.findUnique({ where: { handle } })
  return member
}

// Returns nothing, but the error it throws carries the row's email.
// ruleid: CLK101
export async function checkHandle(handle: string) {
  const member = await db.member.findUnique({ where: { handle } })
  if (member) {
    throw new Error(`handle held by ${member.email}`)
  }
}

// Returns nothing, but also writes.
// ruleid: CLK101
export async function touchMember(handle: string) {
  const member = await db.member.findUnique({ where: { handle } })
  await db.member.update({ where: { handle }, data: { seenAt: new Date(), visits: (member?.visits ?? 0) + 1 } })
}

// Returns nothing, but its redirect hands the row's field to the browser.
// ruleid: CLK101
export async function goToMember(handle: string) {
  const member = await db.member.findUnique({ where: { handle } })
  redirect(`/members/${member?.email}`)
}

// Two reads, the second keyed by the first's id, and nothing handed back.
// ok: CLK101
export async function warmGuild(name: string) {
  const guild = await db.guild.findFirst({ where: { name } })
  await db.member.findMany({ where: { guildId: guild?.id } })
}
