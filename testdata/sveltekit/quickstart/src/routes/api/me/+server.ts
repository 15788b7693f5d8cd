import { json } from '@sveltejs/kit';

// Returns the caller's own auth state: nothing to protect.
// ok: CLK101
export const GET = ({ locals }) => json(locals.auth());
