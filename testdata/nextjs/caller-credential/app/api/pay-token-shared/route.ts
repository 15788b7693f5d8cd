import fetch from 'node-fetch'

// The same relay with the app's merchant token in the body: any caller
// creates payments on the app's account.
// ruleid: CLK101
export async function POST(req: Request) {
  const { amount, currency } = await req.json()
  const payload = `<Request><MerchantToken>${process.env.PAY_MERCHANT_TOKEN}</MerchantToken><Amount>${amount}</Amount><Currency>${currency}</Currency></Request>`
  const res = await fetch('https://pay.example.com/api/v6/', {
    method: 'POST',
    headers: { 'Content-Type': 'text/xml' },
    body: payload,
  })
  return new Response(await res.text())
}
