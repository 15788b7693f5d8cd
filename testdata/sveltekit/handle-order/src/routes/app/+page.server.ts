// ok: CLK101
export const load = async () => ({ items: [] as string[] });
