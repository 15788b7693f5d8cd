import { NextRequest, NextResponse } from 'next/server'
import { db } from '@/lib/db'

// The product catalogue: public by design, read-only.
// ok: CLK101
export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get('q') ?? ''
  const products = await db.product.findMany({ where: { name: { contains: q } }, take: 50 })
  return NextResponse.json(products)
}
