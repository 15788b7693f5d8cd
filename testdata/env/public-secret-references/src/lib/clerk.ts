import { createClerkClient } from "@clerk/backend";

// ruleid: CLK003
export const clerk = createClerkClient({ secretKey: process.env.NEXT_PUBLIC_CLERK_SECRET_KEY });
// ok: CLK003
export const server = createClerkClient({ secretKey: process.env.CLERK_SECRET_KEY });
// ok: CLK003
// Never read process.env.NEXT_PUBLIC_CLERK_SECRET_KEY: it ships to the browser.
// ruleid: CLK003
const fallback = process.env.CLERK_SECRET_KEY || process.env["NEXT_PUBLIC_CLERK_SECRET_KEY"];
// ok: CLK003
const docs = process.env.VITE_CLERK_SECRET_KEYS_DOC;
// ok: CLK003
const pk = process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY;
// ok: CLK003
const jwt = process.env.NEXT_PUBLIC_CLERK_JWT_KEY;
// ok: CLK003
const NEXT_PUBLIC_SECRET = process.env.CLERK_SECRET_KEY;
