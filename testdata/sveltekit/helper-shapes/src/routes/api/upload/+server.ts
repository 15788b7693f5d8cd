import { createRouteHandler } from 'uploadthing/server';
import { router } from '$lib/server/files';

const handlers = createRouteHandler({ router });

// The library's handler: its router's middleware decides.
// ok: CLK101
export { handlers as GET, handlers as POST };
