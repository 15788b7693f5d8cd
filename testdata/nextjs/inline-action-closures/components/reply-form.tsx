import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

// Rendered inside <SignedIn> on one page but bare on another: a signed-out
// render binds a null author.
export default async function ReplyForm({ shoutId }: { shoutId: string }) {
  const { userId } = await auth()

  // ruleid: CLK101
  async function reply(formData: FormData) {
    'use server'
    await prisma.reply.create({ data: { shoutId, body: String(formData.get('body')), authorId: userId } })
  }

  return <form action={reply}><textarea name="body" /></form>
}
