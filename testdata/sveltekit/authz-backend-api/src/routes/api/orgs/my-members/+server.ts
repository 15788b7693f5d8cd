import { error, json } from '@sveltejs/kit';
import { clerk } from '$lib/server/clerk';

export async function GET({ locals }) {
	const { userId, orgId } = locals.auth();
	if (!userId || !orgId) error(401, 'Sign in');
	// ok: CLK202
	return json(await clerk.organizations.getOrganizationMembershipList({ organizationId: orgId }));
}
