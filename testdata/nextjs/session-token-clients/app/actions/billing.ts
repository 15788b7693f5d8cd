'use server'
import { billing } from '../../lib/service'
import { reports } from '../../lib/mixed'

// ruleid: CLK101
export async function refundInvoice(invoiceId: string) {
  await billing.POST('/invoices/{id}/refund', { params: { path: { id: invoiceId } } })
}

// ruleid: CLK101
export async function exportReport(team: string) {
  const res = await reports.post('/exports', { team })
  return res.data
}
