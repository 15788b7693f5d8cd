import type { GetStaticProps } from 'next'

// getStaticProps bakes the invoices into the page and its /_next/data JSON,
// which Next serves to anyone who asks for /billing.
// ruleid: CLK101
export default function Billing({ total }: { total: number }) {
  return <p>{total}</p>
}

// ok: CLK101
export const getStaticProps: GetStaticProps = async () => {
  const res = await fetch('https://internal.example/invoices/total')
  return { props: { total: (await res.json()).total }, revalidate: 60 }
}
