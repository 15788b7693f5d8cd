import { prisma } from '@/lib/db'
import { ArchiveButton } from '../../_parts/archive-button'

// The routed twin: anyone who can load the page can run its action.
export default async function Report({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params

  // ruleid: CLK101
  async function reopen() {
    'use server'
    await prisma.report.update({ where: { id: reportId }, data: { closed: false } })
  }

  return (
    <div>
      <form action={reopen}><button>Reopen</button></form>
      <ArchiveButton reportId={reportId} />
    </div>
  )
}
