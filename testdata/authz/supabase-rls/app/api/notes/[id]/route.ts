import { auth } from '@clerk/nextjs/server'
import { userClient } from '@/lib/supabase'

export async function DELETE(req: Request, { params }: { params: Promise<{ id: string }> }) {
  await auth.protect()
  const { id } = await params
  const supabase = await userClient()
  // ok: CLK203 (row-level security restricts notes to their owner)
  const { error } = await supabase.from('notes').delete().eq('id', id)
  if (error) return new Response(error.message, { status: 500 })
  return new Response(null, { status: 204 })
}
