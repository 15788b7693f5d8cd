import { env as publicEnv } from '$env/dynamic/public';

// ok: CLK003, CLK004
export const signInUrl = publicEnv['PUBLIC_CLERK_SIGN_IN_URL'];
// ruleid: CLK003, CLK004
export const webhookSecret = publicEnv['PUBLIC_CLERK_WEBHOOK_SECRET'];
