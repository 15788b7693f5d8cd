import { createClerkClient } from "@clerk/nextjs/server";

// ruleid: CLK001
export const clerk = createClerkClient({ secretKey: "sk_live_@fake1@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@" });

// ok: CLK001
export const clerkFromEnv = createClerkClient({ secretKey: process.env.CLERK_SECRET_KEY });

// A key of unusual length counts when a Clerk name is assigned it.
// ruleid: CLK001
const CLERK_SECRET_KEY = "sk_test_@fake6@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@";

// The exact value of CLERK_SECRET_KEY from .env.local, whatever its shape.
// ruleid: CLK001
const adminKey = "sk_test_@fakeE@@@@@@@@@@@@@@@@@@";
