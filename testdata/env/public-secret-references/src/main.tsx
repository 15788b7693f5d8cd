// ruleid: CLK003
const signingSecret = import.meta.env.VITE_CLERK_WEBHOOK_SIGNING_SECRET;
// ok: CLK003
const publishableKey = import.meta.env.VITE_CLERK_PUBLISHABLE_KEY;
