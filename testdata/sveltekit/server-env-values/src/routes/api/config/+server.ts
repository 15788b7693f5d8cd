import { json } from '@sveltejs/kit';

// Hands the server's mail password to anyone who asks.
// ruleid: CLK101
export const GET = () => {
	const password = process.env.SMTP_PASSWORD;
	return json({ host: 'smtp.example.com', password });
};
