import type { ActionFunctionArgs } from 'react-router'
import { SessionService } from '~/services.server/session'

// Revokes the caller's own session: the id comes from getSession(), which
// returns getAuth()'s answer.
// ok: CLK101, CLK201
export async function action(args: ActionFunctionArgs) {
  const { sessionId } = await SessionService.getSession(args)
  await SessionService.requireUserId(args)
  return SessionService.logout(args, sessionId)
}
