// ok: CLK101
import createClient, { type Middleware } from 'openapi-fetch'

// A client that speaks to the billing service with the app's own key:
// whoever calls an action using it borrows the app's authority.
const serviceKey: Middleware = {
  async onRequest({ request }) {
    request.headers.set('Authorization', `Bearer ${process.env.BILLING_SERVICE_KEY}`)
    return request
  },
}

export const billing = createClient({ baseUrl: process.env.BILLING_URL })
billing.use(serviceKey)
