import type { Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { clerkClient, withClerkHandler } from 'svelte-clerk/server';
import { db } from '$lib/server/db';

// Records every visit against the visitor's account, signed in or not.
const trackVisit: Handle = async ({ event, resolve }) => {
	// ruleid: CLK102
	const { userId } = event.locals.auth();
	await db.visit.create({ data: { userId, path: event.url.pathname } });
	return resolve(event);
};

// Loads the profile only for signed-in visitors.
const loadProfile: Handle = async ({ event, resolve }) => {
	// ok: CLK102
	const { userId } = event.locals.auth();
	if (userId) {
		event.locals.profile = await clerkClient.users.getUser(userId);
	}
	return resolve(event);
};

// Puts the auth state on locals for the pages: an optional read.
const exposeUser: Handle = async ({ event, resolve }) => {
	// ok: CLK102
	const { userId } = event.locals.auth();
	event.locals.userId = userId;
	return resolve(event);
};

// ok: CLK103
export const handle = sequence(withClerkHandler(), trackVisit, loadProfile, exposeUser);
