// ok: CLK101
export const router = {};
