import { error } from '@sveltejs/kit';

// ok: CLK101
export class Access {
	constructor(private event: { locals: App.Locals }) {}
	signedIn() {
		if (!this.event.locals.auth.userId) error(401);
	}
}
