import type { Reroute } from '@sveltejs/kit';

// ok: CLK402
export const reroute: Reroute = ({ url }) => (url.pathname.startsWith('/en/') ? url.pathname : '/en' + url.pathname);
