// The browser asks for the model provider's key so it can call the API
// itself: anyone may fetch it, signed in or not.
// ruleid: CLK101
export async function GET() {
  return Response.json({ provider: 'openai', apiKey: process.env.OPENAI_API_KEY })
}
