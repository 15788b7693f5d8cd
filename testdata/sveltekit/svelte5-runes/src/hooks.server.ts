// ok: CLK103
import { redirect, type Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { withClerkHandler } from 'svelte-clerk/server';

const privatePrefixes = ['/app', '/api/private'];

// Runs after withClerkHandler(): locals.auth() is set.
const requireSignIn: Handle = async ({ event, resolve }) => {
	const { userId } = event.locals.auth();
	const { pathname } = event.url;
	if (!userId && privatePrefixes.some((p) => pathname.startsWith(p))) {
		redirect(307, '/sign-in');
	}
	return resolve(event);
};

export const handle = sequence(withClerkHandler(), requireSignIn);
