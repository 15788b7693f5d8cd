// The key this ignore once covered was moved to an env var; the ignore is stale.
// ruleid: CLK000
// clerklint:ignore CLK005 -- sandbox key, public by design
export const publishableKey = process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY;
