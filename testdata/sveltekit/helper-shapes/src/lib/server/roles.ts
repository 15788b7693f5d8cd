import { error } from '@sveltejs/kit';

// svelte-clerk before 0.5: locals.auth is an object, not a function.
// ok: CLK101
export function signedIn(locals: App.Locals): string {
	const { userId } = locals.auth;
	if (!userId) error(401, 'Sign in');
	return userId;
}

// ok: CLK101
export function requireRole(locals: App.Locals, role: string) {
	return requireRoles(locals, [role]);
}

// ok: CLK101
function requireRoles(locals: App.Locals, roles: string[]) {
	if (!roles.length) error(500, 'no roles');
	const userId = signedIn(locals);
	return { userId, roles };
}
