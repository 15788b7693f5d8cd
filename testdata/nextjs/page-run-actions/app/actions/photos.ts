'use server'

import { prisma } from '@/lib/db'

// The home page runs it for every visitor to list the photos: whatever the
// search service is asked, the page asks it too.
// ok: CLK101
export async function listPhotos({ q, page }: { q: string; page: number }) {
  const res = await fetch(`https://search.example.com/v1/photos?q=${encodeURIComponent(q)}`, {
    headers: { Authorization: `Bearer ${process.env.SEARCH_API_KEY}` },
  })
  const { ids } = await res.json()
  return prisma.photo.findMany({ where: { id: { in: ids } }, skip: (page - 1) * 20, take: 20 })
}

// The home page runs it too, but it hands a user's whole row back to
// whoever calls it, where the page shows only a name.
// ruleid: CLK101
export async function photographerOf(id: string) {
  return prisma.user.findUnique({ where: { id } })
}

// No public page runs it, and no public page serves albums.
// ruleid: CLK101
export async function albumsOf(ownerId: string) {
  return prisma.album.findMany({ where: { ownerId } })
}

// Being listed on a public page says nothing about deleting.
// ruleid: CLK101
export async function deletePhoto(id: string) {
  await prisma.photo.delete({ where: { id } })
}
