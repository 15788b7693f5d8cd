// /internal is in the config's privileged-routes: private, and unprotected.
// ruleid: CLK101
export default function Internal() {
  return <p>internal tools</p>
}
