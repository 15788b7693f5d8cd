// The docs sandbox key is public by design; the ignore carries a reason.
// ok: CLK005, CLK000
export const sandboxKey = "pk_test_ZXhhbXBsZS5jbGVyay5hY2NvdW50cy5kZXYk"; // clerklint:ignore CLK005 -- docs sandbox instance
