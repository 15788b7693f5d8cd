// ok: CLK103
import { withClerkHandler } from 'svelte-clerk/server';

export const handle = withClerkHandler({
	// ok: CLK402
	signInUrl: '/sign-in',
	// ruleid: CLK402
	signUpUrl: '/register',
	// ok: CLK402
	afterSignOutUrl: 'https://example.com/bye'
});
