import { error, json } from '@sveltejs/kit';
import { clerk } from '$lib/server/clerk';

// The organization comes from the query string instead of the session.
export async function GET({ url, locals }) {
	if (!locals.auth().userId) error(401, 'Sign in');
	// ruleid: CLK202
	return json(await clerk.organizations.getOrganizationMembershipList({ organizationId: url.searchParams.get('orgId') }));
}
