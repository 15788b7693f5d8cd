import { prisma } from '@/lib/db'

// A page kept under a private folder (_archive) is not routed: Next never
// renders it, so its inline action never gets an id.
export default async function ArchivedReport({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params

  // ok: CLK101
  async function reopen() {
    'use server'
    await prisma.report.update({ where: { id: reportId }, data: { closed: false } })
  }

  return <form action={reopen}><button>Reopen</button></form>
}
