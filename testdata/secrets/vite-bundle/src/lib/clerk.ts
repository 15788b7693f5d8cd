// Client code: whatever it references ends up in dist/. A build `define`
// replaced __CLERK_SECRET_KEY__ with the value of CLERK_SECRET_KEY.
// ok: CLK001
export const secretKey = __CLERK_SECRET_KEY__;

export async function listUsers() {
  const res = await fetch("https://api.clerk.com/v1/users", {
    headers: { Authorization: `Bearer ${secretKey}` },
  });
  return res.json();
}

// A key pasted into client code is committed and shipped.
// ruleid: CLK001
export const adminKey = "sk_live_@fakeV@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@";
