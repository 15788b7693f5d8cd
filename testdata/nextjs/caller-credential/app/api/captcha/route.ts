import axios from 'axios'

// Checks the visitor's captcha token with the provider before a public
// form is sent: the app's secret only verifies what the visitor sent.
// ok: CLK101
export async function POST(req: Request) {
  const { token } = await req.json()
  const { data } = await axios.post('https://www.google.com/recaptcha/api/siteverify', {}, {
    params: { secret: process.env.RECAPTCHA_SECRET_KEY!, response: token },
  })
  return Response.json({ success: data?.success, score: data?.score })
}
