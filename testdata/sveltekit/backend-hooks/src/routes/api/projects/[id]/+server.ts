import { error, json } from '@sveltejs/kit';
import { supabase } from '$lib/server/supabase';

// ok: CLK101
export async function DELETE({ params, locals }) {
	const userId = locals.userId;
	if (!userId) throw error(401, 'Unauthorized');
	await supabase.from('projects').delete().eq('id', params.id).eq('owner', userId);
	return json({ ok: true });
}
