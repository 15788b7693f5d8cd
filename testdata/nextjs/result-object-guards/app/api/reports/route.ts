import { NextResponse } from 'next/server'
import { prisma } from '@/lib/prisma'
import { requireAdmin, requireUserId } from '@/lib/responses'

// ok: CLK101
export async function GET() {
  const admin = await requireAdmin()
  if (admin instanceof NextResponse) return admin
  return Response.json(await prisma.report.findMany())
}

// ok: CLK101
export async function POST(req: Request) {
  const userId = await requireUserId()
  if (userId instanceof Response) return userId
  return Response.json(await prisma.report.create({ data: { ...(await req.json()), authorId: userId } }))
}
