export * from './session'
// ok: CLK004
export { keyInfo } from './keys'
