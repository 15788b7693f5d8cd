// An ignore without a reason suppresses nothing: the key and the ignore are both reported.
// ruleid: CLK000, CLK005
export const demoKey = "pk_test_ZXhhbXBsZS5jbGVyay5hY2NvdW50cy5kZXYk"; // clerklint:ignore CLK005
