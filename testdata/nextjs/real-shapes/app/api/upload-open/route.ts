import { handleUpload, type HandleUploadBody } from '@vercel/blob/client'
import { auth } from '@clerk/nextjs/server'
import { NextResponse } from 'next/server'

// This callback answers (a token) even when signed out: anyone can upload.
// ruleid: CLK101
export async function POST(request: Request) {
  const body = (await request.json()) as HandleUploadBody
  const json = await handleUpload({
    body,
    request,
    onBeforeGenerateToken: async () => {
      const { userId } = await auth()
      return { allowedContentTypes: ['image/png'], tokenPayload: JSON.stringify({ userId: userId ?? 'guest' }) }
    },
    onUploadCompleted: async () => {},
  })
  return NextResponse.json(json)
}
