import { Webhook } from "svix";

// ruleid: CLK006
const wh = new Webhook("whsec_@fakeW@@@@@@@@@@@@@@@@@@@@@@@@@@");

// ok: CLK006
const whFromEnv = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET!);

// ok: CLK006
const docsPlaceholder = new Webhook("whsec_123");
