import { buildClerkProps } from 'svelte-clerk/server';
import type { LayoutServerLoad } from './$types';

// ok: CLK101
export const load: LayoutServerLoad = ({ locals }) => ({ ...buildClerkProps(locals.auth()) });
