// ok: CLK101
export const db: any = {}
