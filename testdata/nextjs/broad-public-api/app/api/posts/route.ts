import { NextResponse } from 'next/server'
import { prisma } from '@/lib/prisma'

// Reading the public feed through the blanket pattern is fine.
// ok: CLK101
export async function GET(req: Request) {
  const tag = new URL(req.url).searchParams.get('tag') ?? undefined
  return NextResponse.json(await prisma.post.findMany({ where: { tag } }))
}

// Writing through it is not: '/api(.*)' was never meant to name this.
// ruleid: CLK101
export async function POST(req: Request) {
  const body = await req.json()
  const post = await prisma.post.create({ data: { title: body.title, text: body.text } })
  return NextResponse.json(post, { status: 201 })
}
