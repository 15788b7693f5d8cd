import { saveComment } from '@/lib/comments'

// The write happens in a project helper: followed there.
// ruleid: CLK101
export async function POST(req: Request) {
  const { postId, text } = await req.json()
  return Response.json(await saveComment(postId, text))
}
