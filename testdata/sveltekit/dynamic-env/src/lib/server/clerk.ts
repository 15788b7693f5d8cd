import { env } from '$env/dynamic/private';
import { createClerkClient } from '@clerk/backend';

// Server code: SvelteKit never bundles $lib/server for the browser.
// ok: CLK004
export const clerk = createClerkClient({ secretKey: env.CLERK_SECRET_KEY });
