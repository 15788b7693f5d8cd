import { handleUpload, type HandleUploadBody } from '@vercel/blob/client'
import { auth } from '@clerk/nextjs/server'
import { NextResponse } from 'next/server'

// Vercel Blob's client upload route: handleUpload asks onBeforeGenerateToken
// before it issues a token, and that callback throws when signed out.
// ok: CLK101
export async function POST(request: Request) {
  const body = (await request.json()) as HandleUploadBody
  try {
    const json = await handleUpload({
      body,
      request,
      onBeforeGenerateToken: async () => {
        const { userId } = await auth()
        if (!userId) {
          throw new Error('Unauthorized')
        }
        return { allowedContentTypes: ['image/png'], tokenPayload: JSON.stringify({ userId }) }
      },
      onUploadCompleted: async ({ blob }) => {
        console.log('stored', blob.pathname)
      },
    })
    return NextResponse.json(json)
  } catch (err) {
    return NextResponse.json({ error: (err as Error).message }, { status: 400 })
  }
}
