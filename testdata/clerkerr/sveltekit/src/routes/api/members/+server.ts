import { error, json } from '@sveltejs/kit';
import { clerkClient } from 'svelte-clerk/server';
import type { RequestHandler } from './$types';

// error() answers the failure with a 502.
// ok: CLK101
export const POST: RequestHandler = async ({ request, locals }) => {
	const { userId, orgId, has } = locals.auth();
	if (!userId || !orgId || !has({ role: 'org:admin' })) error(403, 'forbidden');
	const { email } = await request.json();
	try {
		// ok: CLK501
		await clerkClient.invitations.createInvitation({ emailAddress: email });
	} catch (e) {
		console.error(e);
		error(502, 'invitation failed');
	}
	return json({ invited: email });
};

// An empty catch: the caller hears the invitation was revoked.
// ok: CLK101
export const DELETE: RequestHandler = async ({ request, locals }) => {
	const { userId, orgId, has } = locals.auth();
	if (!userId || !orgId || !has({ role: 'org:admin' })) error(403, 'forbidden');
	const { invitationId } = await request.json();
	try {
		// ruleid: CLK501
		await clerkClient.invitations.revokeInvitation(invitationId);
	} catch {
		// already gone?
	}
	return json({ revoked: invitationId });
};
