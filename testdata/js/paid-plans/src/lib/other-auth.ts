// ok: CLK801
// Another auth library's TOTP step: the file never mentions the vendor this
// linter is about, so its strategy names are not that vendor's paid features.
export const step = { strategy: 'totp', label: 'Authenticator app' }
export const status = 'needs_second_factor'
