import type { ActionFunctionArgs, LoaderFunctionArgs } from 'react-router'
import { db } from '~/db.server'
import { members } from '~/services.server/members'

// lookup's null is dropped: the write runs signed out too.
// ruleid: CLK101
export async function loader(args: LoaderFunctionArgs) {
  await members.lookup(args)
  await db.member.updateMany({ data: { seenAt: new Date() } })
  return null
}

// The instance's ban() checks the session first (a static guard), then
// bans whoever the form names: signed in is all it asks.
// ok: CLK101
// ruleid: CLK201
export async function action(args: ActionFunctionArgs) {
  const form = await args.request.formData()
  await members.ban(args, String(form.get('userId')))
  return Response.json(await db.member.count())
}
