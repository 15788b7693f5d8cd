// Build output is CLK002's to report.
// ok: CLK003
const k=process.env.NEXT_PUBLIC_CLERK_SECRET_KEY;
