import { supabase } from '@/lib/supabase'

// Someone's expenses, by a budget id from the query string: money is
// private, whatever the schema says about owners.
// ruleid: CLK101
export async function GET(request: Request) {
  const budgetId = new URL(request.url).searchParams.get('budgetId')
  const { data } = await supabase.from('expenses').select('*').eq('budget_id', budgetId)
  return Response.json(data)
}
