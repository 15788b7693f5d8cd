/// <reference types="vite/client" />
interface ImportMetaEnv {
  // ok: CLK003
  readonly VITE_CLERK_PUBLISHABLE_KEY: string;
  // ruleid: CLK003
  readonly VITE_CLERK_SECRET_KEY: string;
}
