// ruleid: CLK006
export const WEBHOOK_SECRET = 'whsec_@fakeSeeded@@@@@@@@@@@@@@@@@@@@@@@@'

// ok: CLK006
export const WEBHOOK_SECRET_FROM_ENV = process.env.CLERK_WEBHOOK_SIGNING_SECRET
