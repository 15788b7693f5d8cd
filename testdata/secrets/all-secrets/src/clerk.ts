import { createClerkClient } from "@clerk/backend";

// gitleaks calls this a Stripe key; clerklint reports it once, as Clerk's.
// ruleid: CLK001
export const clerk = createClerkClient({ secretKey: "sk_live_@fakeC@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@" });
