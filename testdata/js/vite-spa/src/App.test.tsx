// Tests do not ship to the browser.
// ok: CLK004
process.env.CLERK_SECRET_KEY = 'sk_test_placeholder'
export {}
