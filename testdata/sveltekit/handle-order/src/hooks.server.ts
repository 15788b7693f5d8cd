import { redirect, type Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { withClerkHandler } from 'svelte-clerk/server';

// ruleid: CLK103
const guard: Handle = async ({ event, resolve }) => {
	if (event.url.pathname.startsWith('/app') && !event.locals.auth().userId) {
		redirect(307, '/sign-in');
	}
	return resolve(event);
};

// The guard runs first, before withClerkHandler() has set locals.auth.
export const handle = sequence(guard, withClerkHandler());
