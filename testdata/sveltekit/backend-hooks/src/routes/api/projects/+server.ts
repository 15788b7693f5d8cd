import { error, json } from '@sveltejs/kit';
import { supabase } from '$lib/server/supabase';

// ok: CLK101, CLK103
export async function GET({ locals }) {
	if (!locals.userId) error(401, 'Unauthorized');
	const { data } = await supabase.from('projects').select('*').eq('owner', locals.userId);
	return json(data);
}

// ruleid: CLK101
export async function POST({ request }) {
	const body = await request.json();
	await supabase.from('projects').insert(body);
	return json({ ok: true });
}
