// ok: CLK103
import { withClerkHandler } from 'svelte-clerk/server';

export const handle = withClerkHandler();
