import { redirect } from '@sveltejs/kit';

// signedInUser sends a signed-out visitor to the sign-in page, so its
// callers may use what it returns: credited by its body.
// ok: CLK102
export function signedInUser(locals: App.Locals): string {
	const { userId } = locals.auth();
	if (!userId) redirect(303, '/sign-in');
	return userId;
}
