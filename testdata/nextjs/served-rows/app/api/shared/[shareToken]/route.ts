import { prisma } from '@/lib/db'

// A share link: its token is the secret, so its rows are its holders'.
export async function GET(_req: Request, { params }: { params: Promise<{ shareToken: string }> }) {
  const { shareToken } = await params
  const plan = await prisma.mealPlan.findFirst({ where: { shareToken } })
  return Response.json(plan)
}
