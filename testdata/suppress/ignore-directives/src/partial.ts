// CLK005 is suppressed, CLK001 in the same ignore matches nothing and is reported.
// ruleid: CLK000
// ok: CLK005
export const previewKey = "pk_test_ZXhhbXBsZS5jbGVyay5hY2NvdW50cy5kZXYk"; // clerklint:ignore CLK005, CLK001 -- preview deployments share the dev instance
