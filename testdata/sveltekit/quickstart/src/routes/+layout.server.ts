import { buildClerkProps } from 'svelte-clerk/server';

// ok: CLK101, CLK103
export const load = ({ locals }) => {
	return { ...buildClerkProps(locals.auth()) };
};
