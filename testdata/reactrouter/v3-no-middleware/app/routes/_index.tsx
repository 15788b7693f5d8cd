import { Show, UserButton } from '@clerk/react-router'

// ok: CLK701
export default function Home() {
  return <Show when="signed-in"><UserButton /></Show>
}
