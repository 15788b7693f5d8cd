// ok: CLK103, CLK501
import { withClerkHandler } from 'svelte-clerk/server';

export const handle = withClerkHandler();
