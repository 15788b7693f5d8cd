// The admin screen's password check runs in the browser against this: the
// password itself is served to anyone who asks.
// ruleid: CLK101
export async function GET() {
  return new Response(process.env.ADMINPWD || '', { status: 200, headers: { 'Content-Type': 'text/plain' } })
}
