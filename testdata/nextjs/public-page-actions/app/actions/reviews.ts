'use server'

import { prisma } from '@/lib/db'

// Only the public trip page's client code calls it, to page through the
// reviews it shows to every visitor.
// ok: CLK101
export async function listReviews(tripId: string, cursor?: string) {
  return prisma.tripComment.findMany({ where: { tripId }, take: 20, cursor: cursor ? { id: cursor } : undefined })
}

// The same page calls it, but a public page does not make writing public:
// anyone can post a review under any name.
// ruleid: CLK101
export async function addReview(tripId: string, text: string) {
  return prisma.tripComment.create({ data: { tripId, text } })
}

// The page shows reviewers' names; this hands back their whole rows.
// ruleid: CLK101
export async function reviewersOf(tripId: string) {
  return prisma.user.findMany({ where: { tripComments: { some: { tripId } } } })
}
