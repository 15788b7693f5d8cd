import { createClerkClient } from '@clerk/backend';
import { CLERK_SECRET_KEY } from '$env/static/private';

// ok: CLK501
export const clerk = createClerkClient({ secretKey: CLERK_SECRET_KEY });

// ok: CLK501
export const users = clerk.users;
