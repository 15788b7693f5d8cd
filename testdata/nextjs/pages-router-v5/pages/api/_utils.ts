// Underscore files under pages/api are not routes.
// ok: CLK101
export const json = (v: unknown) => JSON.stringify(v)
