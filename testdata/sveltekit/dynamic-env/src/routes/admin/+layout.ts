// ok: CLK004
import { signInUrl, webhookSecret } from '$lib/keys';

export const load = () => ({ signInUrl, hasSecret: Boolean(webhookSecret) });
