import { auth } from '@clerk/nextjs/server'
import { userClient } from '@/lib/supabase'

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  await auth.protect()
  const { id } = await params
  const supabase = await userClient()
  // ruleid: CLK203
  const { data } = await supabase.from('invoices').select('*').eq('id', id).single()
  return Response.json(data)
}

export async function DELETE(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId } = await auth.protect()
  const { id } = await params
  const supabase = await userClient()
  // ok: CLK203 (the owner is in the filter)
  await supabase.from('invoices').delete().eq('id', id).eq('user_id', userId)
  return new Response(null, { status: 204 })
}
