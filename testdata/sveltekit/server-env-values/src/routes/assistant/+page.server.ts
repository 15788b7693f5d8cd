import type { PageServerLoad } from './$types';

// The page data carries the AI key to the browser, signed in or not.
// ruleid: CLK101
export const load: PageServerLoad = async () => {
	return { aiKey: process.env.OPENAI_API_KEY };
};
