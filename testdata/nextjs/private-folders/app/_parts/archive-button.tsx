import { prisma } from '@/lib/db'

// A colocated component under a private folder is rendered by the routed
// page that imports it, so its inline action is reachable.
export function ArchiveButton({ reportId }: { reportId: string }) {
  // ruleid: CLK101
  async function archive() {
    'use server'
    await prisma.report.update({ where: { id: reportId }, data: { archived: true } })
  }

  return <form action={archive}><button>Archive</button></form>
}
