import { API_URL } from '$env/static/private';

export const actions = {
	// The API verifies the token this forwards.
	// ok: CLK101
	cancel: async ({ request, cookies }) => {
		const token = cookies.get('api_token');
		const form = await request.formData();
		await fetch(`${API_URL}/orders/${form.get('id')}`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });
	}
};

// ok: CLK101
export const load = async ({ locals }) => {
	locals.access.signedIn();
	return { orders: await (await fetch(`${API_URL}/orders`)).json() };
};
