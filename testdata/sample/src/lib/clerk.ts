import { createClerkClient } from "@clerk/backend";

export const clerk = createClerkClient({
  // ruleid: CLK003
  secretKey: process.env.NEXT_PUBLIC_CLERK_SECRET_KEY,
});
