import { error } from '@sveltejs/kit';

// ok: CLK201
export function signedIn(locals: App.Locals) {
	const auth = locals.auth();
	if (!auth.userId) error(401, 'Sign in');
	return auth;
}

// The role test lives here; the routes only call the helper.
// ok: CLK201
export function requireAdmin(locals: App.Locals) {
	const auth = signedIn(locals);
	if (!auth.has({ role: 'org:admin' })) error(403, 'Forbidden');
	return auth;
}

// Roles from the session's metadata, tested with includes.
// ok: CLK201
export function checkRoles(locals: App.Locals, required: string[]) {
	const auth = signedIn(locals);
	const roles: string[] = auth.sessionClaims?.metadata?.roles ?? [];
	if (required.some((role) => !roles.includes(role))) error(403, 'Forbidden');
	return roles;
}
