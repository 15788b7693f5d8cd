'use server'

import Stripe from 'stripe'
import { z } from 'zod'
import { clerkClient } from '@clerk/nextjs/server'
import { db } from '@/lib/db'
import { baseProcedure, guestProcedure, memberClient, publicActionClient, publicationsClient } from '@/lib/clients'

const stripe = new Stripe(String(process.env.STRIPE_SECRET_KEY))

// Built on the client the app names public: reading an event for its
// public page is what it is for.
// ok: CLK101
export const eventDetails = publicActionClient
  .inputSchema(z.object({ id: z.string() }))
  .action(async ({ parsedInput }) => db.event.findUnique({ where: { id: parsedInput.id } }))

// Signing up to an event only adds a row.
// ok: CLK101
export const registerAttendee = publicActionClient
  .inputSchema(z.object({ eventId: z.string(), email: z.string() }))
  .action(async ({ parsedInput }) => db.attendee.create({ data: parsedInput }))

// A public client may not change rows that exist: anyone can cancel any
// registration.
// ruleid: CLK101
export const cancelAttendee = publicActionClient
  .inputSchema(z.object({ id: z.string() }))
  .action(async ({ parsedInput }) => db.attendee.update({ where: { id: parsedInput.id }, data: { cancelled: true } }))

// ruleid: CLK101
export const purgeAttendees = publicActionClient.action(async () => db.attendee.deleteMany())

// Nor list the app's Clerk users for anyone.
// ruleid: CLK101
export const organisers = publicActionClient.action(async () => {
  const client = await clerkClient()
  return client.users.getUserList()
})

// The same read on a client whose name declares nothing stays judged.
// ruleid: CLK101
export const memberEvent = memberClient
  .inputSchema(z.object({ id: z.string() }))
  .action(async ({ parsedInput }) => db.event.findUnique({ where: { id: parsedInput.id } }))

// ruleid: CLK101
export const latestPublications = publicationsClient.action(async () => db.event.findMany())

// zsa: a plain action running its work through a helper that builds the
// action on the guest procedure, then starting a checkout for it.
const findEvent = () =>
  guestProcedure
    .createServerAction()
    .input(z.object({ id: z.string() }))
    .handler(async ({ input }) => db.event.findUnique({ where: { id: input.id } }))

// ok: CLK101
export async function buyTicket(formData: FormData) {
  const [event, err] = await findEvent()({ id: String(formData.get('id')) })
  if (err || !event) return
  const session = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [{ price: event.priceId, quantity: 1 }] })
  return session.url
}

const closeEvent = () =>
  guestProcedure
    .createServerAction()
    .input(z.object({ id: z.string() }))
    .handler(async ({ input }) => db.event.delete({ where: { id: input.id } }))

// The guest procedure does not open deletes.
// ruleid: CLK101
export async function cancelEvent(id: string) {
  await closeEvent()({ id })
}

const loadEvent = () =>
  baseProcedure
    .createServerAction()
    .input(z.object({ id: z.string() }))
    .handler(async ({ input }) => db.event.findUnique({ where: { id: input.id } }))

// A helper on a procedure named for nothing declares nothing.
// ruleid: CLK101
export async function eventForEdit(id: string) {
  const [event] = await loadEvent()({ id })
  return event
}

const guestList = ['ada', 'grace']

function greetGuests() {
  return guestList.map((name) => `hello ${name}`)
}

// Mapping over a list named for guests builds no action on a public client.
// ruleid: CLK101
export async function eventGuests(id: string) {
  greetGuests()
  return db.event.findUnique({ where: { id } })
}
