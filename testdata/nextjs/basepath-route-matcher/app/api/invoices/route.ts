// ruleid: CLK101
export async function GET() {
  return Response.json([{ id: 1, total: 100 }])
}
