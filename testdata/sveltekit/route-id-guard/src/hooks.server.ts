import { redirect, type Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { withClerkHandler } from 'svelte-clerk/server';

// Guards by route id: '/(app)/…' names a group the URL does not show, so the
// URL cannot decide it (the verdict is unknown, not unprotected).
// ok: CLK103
const guard: Handle = ({ event, resolve }) => {
	if (event.route.id?.startsWith('/(app)') && !event.locals.auth().userId) {
		redirect(307, '/sign-in');
	}
	return resolve(event);
};

export const handle = sequence(withClerkHandler(), guard);
