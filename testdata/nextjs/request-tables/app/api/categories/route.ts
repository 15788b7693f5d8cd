import { supabase } from '@/lib/supabase'

// A fixed lookup table at a catalogue URL.
// ok: CLK101
export async function GET() {
  const { data } = await supabase.from('categories').select('id, name')
  return Response.json(data)
}
