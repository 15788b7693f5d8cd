import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

// The feed is public; the session only tells the page whom to greet and
// which posts to mark as the reader's own.
// ok: CLK102
export const load: PageServerLoad = async ({ locals }) => {
	const { userId } = locals.auth();
	const posts = await db.post.findMany({ take: 20 });
	let mine: string[] = [];
	if (userId) {
		mine = (await db.bookmark.findMany({ where: { ownerId: userId } })).map((b) => b.postId);
	}
	return { posts, mine, userId };
};
