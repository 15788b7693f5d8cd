// ok: CLK201
import { createClerkClient } from '@clerk/backend';
import { CLERK_SECRET_KEY } from '$env/static/private';

export const clerk = createClerkClient({ secretKey: CLERK_SECRET_KEY });
