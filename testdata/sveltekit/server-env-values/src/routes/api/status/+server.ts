import { json } from '@sveltejs/kit';

// Only whether the integrations are configured.
// ok: CLK101
export const GET = () => json({ mail: Boolean(process.env.SMTP_PASSWORD), ai: !!process.env.OPENAI_API_KEY });
