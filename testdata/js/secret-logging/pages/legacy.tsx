function Legacy({ key }: { key: string }) {
  return <p>{key}</p>
}

Legacy.getInitialProps = async () => {
  // ruleid: CLK008
  return { key: process.env.CLERK_SECRET_KEY }
}

export default Legacy
