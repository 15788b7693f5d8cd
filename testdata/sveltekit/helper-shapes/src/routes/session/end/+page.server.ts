import { redirect } from '@sveltejs/kit';

// ok: CLK101
export const load = () => redirect(303, '/');
