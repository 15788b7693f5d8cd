import { db } from '@/lib/db'

// Named like a callback and reads a code, but exchanges nothing with a
// provider: it redeems the code against its own table.
// ruleid: CLK101
export async function GET(req: Request) {
  const code = new URL(req.url).searchParams.get('code')
  await db.voucher.update({ where: { code: code ?? '' }, data: { redeemed: true } })
  return Response.redirect(new URL('/thanks', req.url))
}
