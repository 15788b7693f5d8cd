import { createClerkClient } from '@clerk/backend';
import type { Handle } from '@sveltejs/kit';
import { CLERK_SECRET_KEY } from '$env/static/private';
import { PUBLIC_CLERK_PUBLISHABLE_KEY } from '$env/static/public';

const clerk = createClerkClient({ secretKey: CLERK_SECRET_KEY, publishableKey: PUBLIC_CLERK_PUBLISHABLE_KEY });

// The app's own Clerk handle: it sets locals.userId, svelte-clerk is not used.
// ok: CLK103
export const handle: Handle = async ({ event, resolve }) => {
	const state = await clerk.authenticateRequest(event.request);
	event.locals.userId = state.toAuth()?.userId ?? null;
	return resolve(event);
};
