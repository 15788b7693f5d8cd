// ok: CLK203
export async function isStaff(userId: string) {
  const res = await fetch(`${process.env.STAFF_API}/staff/${userId}`)
  return res.ok
}
