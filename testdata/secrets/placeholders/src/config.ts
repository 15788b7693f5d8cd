// ok: CLK001
export const secretKey = "sk_test_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP";
// ok: CLK001
export const another = "sk_live_1234567890123456789012345678901234567890ab";
// ok: CLK005
export const publishableKey = "pk_test_ZHVtbXk=";
// ok: CLK005
export const elided = "pk_live_...";
// ok: CLK001
export const masked = "sk_live_****************************************";
