import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// ok: CLK101
export default async function OrdersPage() {
  // An inline server action: invoked by id, never covered by middleware.
  // ruleid: CLK101
  async function archive(formData: FormData) {
    'use server'
    await db.orders.archive(String(formData.get('id')))
  }

  // ok: CLK101
  async function rename(formData: FormData) {
    'use server'
    const { userId } = await auth()
    if (!userId) throw new Error('Unauthorized')
    await db.orders.rename(userId, String(formData.get('id')), String(formData.get('name')))
  }

  return (
    <form action={archive}>
      <button formAction={rename}>Save</button>
    </form>
  )
}
