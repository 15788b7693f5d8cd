import type { Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { handleClerk } from 'clerk-sveltekit/server';
import { CLERK_SECRET_KEY } from '$env/static/private';

// protectedPaths match by prefix: '/api/webhooks' puts the Clerk webhook behind sign-in.
// ok: CLK103
export const handle: Handle = sequence(
	handleClerk(CLERK_SECRET_KEY, {
		protectedPaths: ['/admin', '/api/webhooks'],
		signInUrl: '/sign-in'
	})
);
