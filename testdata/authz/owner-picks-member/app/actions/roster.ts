'use server'

import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

// The team's owner removes a player: the player's id comes from the
// request by design, once the caller is known to own the team.
export async function dropPlayer(teamId: string, playerId: string) {
  const { userId } = await auth()
  if (!userId) throw new Error('Unauthorized')
  const team = await prisma.team.findUnique({ where: { id: teamId } })
  if (!team || team.ownerId !== userId) throw new Error('Forbidden')
  // ok: CLK202
  await prisma.rosterSpot.deleteMany({ where: { userId: playerId, teamId } })
}

// Without the owner check anyone signed in drops anyone.
export async function dropAnyone(teamId: string, playerId: string) {
  const { userId } = await auth()
  if (!userId) throw new Error('Unauthorized')
  // ruleid: CLK202
  await prisma.rosterSpot.deleteMany({ where: { userId: playerId, teamId } })
}
