import { defineConfig } from "vite";

export default defineConfig({
  define: {
    // ruleid: CLK004
    // ok: CLK003
    "process.env.CLERK_SECRET_KEY": JSON.stringify(process.env.CLERK_SECRET_KEY),
    // ok: CLK003
    __APP_VERSION__: JSON.stringify("1.0.0"),
  },
  // ok: CLK003
  server: { port: Number(process.env.PORT), secret: process.env.CLERK_SECRET_KEY },
});
