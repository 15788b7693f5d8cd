import { error } from '@sveltejs/kit';

// requireUser ends the request for a signed-out visitor: credited by its body.
// ok: CLK101
export function requireUser(locals: App.Locals): string {
	const { userId } = locals.auth();
	if (!userId) error(401, 'Sign in first');
	return userId;
}
