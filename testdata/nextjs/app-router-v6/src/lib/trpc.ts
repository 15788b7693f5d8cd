// ok: CLK101
export const appRouter: any = {}
export const createContext = async () => ({})
