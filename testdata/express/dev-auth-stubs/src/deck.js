import { prisma } from './db.js'

// ok: CLK101
export async function drawCard() {
  const cards = await prisma.card.findMany()
  return cards[Math.floor(Math.random() * cards.length)] ?? null
}
