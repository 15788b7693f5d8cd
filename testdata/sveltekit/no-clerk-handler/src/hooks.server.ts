// The Clerk handler was dropped when i18n was added: nothing sets locals.auth.
// ok: CLK103
import { i18n } from '$lib/i18n';

export const handle = i18n.handle();
