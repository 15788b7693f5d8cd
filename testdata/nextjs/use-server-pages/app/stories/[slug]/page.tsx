'use server'

import { notFound } from 'next/navigation'
import { prisma } from '@/lib/db'

// A page module marked 'use server' makes the page a server action too;
// nothing protects the page, so calling it does what visiting it does.
// ok: CLK101
export default async function Story({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const story = await prisma.story.findUnique({ where: { slug } })
  if (!story) notFound()
  return <article>{story.body}</article>
}
