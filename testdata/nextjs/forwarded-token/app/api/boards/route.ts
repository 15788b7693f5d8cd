import { backendGet, backendPost } from '@/lib/backend'

// ok: CLK101
export async function GET() {
  return Response.json(await backendGet('/boards'))
}

// ok: CLK101
export async function POST(req: Request) {
  return Response.json(await backendPost('/boards', await req.json()))
}
