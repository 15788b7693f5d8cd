import type { NextPageContext } from 'next'

// getInitialProps runs on the server for the first request and loads the
// team for anyone.
// ruleid: CLK101
export default function Team({ members }: { members: string[] }) {
  return <ul>{members.map((m) => <li key={m}>{m}</li>)}</ul>
}

Team.getInitialProps = async (_ctx: NextPageContext) => {
  const res = await fetch('https://internal.example/team')
  return { members: (await res.json()) as string[] }
}
