// ok: CLK101
import { callerFactory, createContext } from './trpc'
import { appRouter } from './root'

export { callerFactory, createContext, appRouter }
