import { db } from '@/lib/db'

// Keeps a signed-in player's throw.
export async function keepThrow(playerId: string, faces: number[]) {
  await db.player.upsert({ where: { id: playerId }, update: {}, create: { id: playerId } })
  await db.throw.create({ data: { playerId, faces } })
}
