// $lib/server is never bundled for the browser.
// ok: CLK004
import { createClerkClient } from '@clerk/backend';
import { CLERK_SECRET_KEY } from '$env/static/private';

export const clerk = createClerkClient({ secretKey: CLERK_SECRET_KEY });
