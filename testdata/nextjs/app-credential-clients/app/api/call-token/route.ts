import { AccessToken } from 'livekit-server-sdk'

// Signs a room token with the app's LiveKit secret for any room and name
// the query asks for: whatever addGrant and toJwt do, they do it with the
// app's credentials.
// ruleid: CLK101
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const room = params.get('room') ?? 'lobby'
  const at = new AccessToken(process.env.LIVEKIT_API_KEY, process.env.LIVEKIT_API_SECRET, { identity: params.get('name') ?? 'guest' })
  at.addGrant({ room, roomJoin: true })
  return Response.json({ token: await at.toJwt() })
}
