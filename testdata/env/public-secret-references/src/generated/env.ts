// Gitignored generated code repeats what its inputs say; not reported twice.
// ok: CLK003
export const key = process.env.NEXT_PUBLIC_CLERK_SECRET_KEY;
