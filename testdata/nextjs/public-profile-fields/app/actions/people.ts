'use server'

import { db } from '@/lib/db'

// A public profile: only what the profile page shows anyone.
// ok: CLK101
export async function profileByHandle(handle: string) {
  return db.member.findUnique({
    where: { handle },
    select: {
      id: true,
      displayName: true,
      handle: true,
      avatarUrl: true,
      bio: true,
      createdAt: true,
      _count: { select: { pins: true, followers: true } },
    },
  })
}

// Who follows a member: the related rows' public fields only.
// ok: CLK101
export async function followersOf(memberId: string) {
  const rows = await db.follow.findMany({
    where: { followeeId: memberId },
    select: { follower: { select: { id: true, handle: true, displayName: true, avatarUrl: true } } },
  })
  return rows.map((r) => r.follower)
}

// The e-mail address is no public profile field.
// ruleid: CLK101
export async function profileWithContact(handle: string) {
  return db.member.findUnique({ where: { handle }, select: { handle: true, email: true } })
}

// The Clerk user id is the key other endpoints take for a member's own data.
// ruleid: CLK101
export async function memberIds(handle: string) {
  return db.member.findFirst({ where: { handle }, select: { id: true, clerkUserId: true } })
}

// No projection: the whole row (e-mail, phone, settings).
// ruleid: CLK101
export async function memberRow(handle: string) {
  return db.member.findUnique({ where: { handle } })
}

// An include hands back the related rows whole.
// ruleid: CLK101
export async function profileWithPins(handle: string) {
  return db.member.findUnique({ where: { handle }, select: { handle: true, pins: true } })
}

// ruleid: CLK101
export async function profileWithDrafts(handle: string) {
  return db.member.findUnique({ where: { handle }, include: { drafts: { select: { title: true } } } })
}

// A write is judged whatever it returns.
// ruleid: CLK101
export async function renameMember(handle: string, displayName: string) {
  return db.member.update({ where: { handle }, data: { displayName }, select: { handle: true, displayName: true } })
}
