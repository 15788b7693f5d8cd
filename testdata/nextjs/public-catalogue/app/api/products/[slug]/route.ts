import { NextResponse } from 'next/server'
import { db } from '@/lib/db'

// ok: CLK101
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const product = await db.product.findUnique({ where: { slug } })
  if (!product) return NextResponse.json({ error: 'not found' }, { status: 404 })
  return NextResponse.json(product)
}

// '/api/products(.*)' opens the catalogue for reading; deleting through it
// was never meant.
// ruleid: CLK101
export async function DELETE(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  await db.product.delete({ where: { slug } })
  return new Response(null, { status: 204 })
}
