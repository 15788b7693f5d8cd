// Tests post unsigned events to handlers on purpose.
// ok: CLK301
export async function postEvent(req: Request) {
  const evt = await req.json()
  // ok: CLK301, CLK303
  if (evt.type === 'user.created') return evt.data.id
  return null
}
