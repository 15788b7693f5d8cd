// ok: CLK103
import { createI18n } from '@inlang/paraglide-sveltekit';
export const i18n = createI18n({});
