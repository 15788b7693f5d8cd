import { auth } from '@clerk/nextjs/server'

const corsHeaders = {
  'Access-Control-Allow-Origin': 'https://app.example.com',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
}

// ok: CLK101, CLK102, CLK201, CLK202
export function OPTIONS() {
  return new Response(null, { status: 204, headers: corsHeaders })
}

// ok: CLK101, CLK102, CLK201, CLK202
export async function GET() {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401, headers: corsHeaders })
  return Response.json([{ owner: userId }], { headers: corsHeaders })
}
