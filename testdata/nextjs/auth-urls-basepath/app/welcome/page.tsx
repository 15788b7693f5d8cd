import { Header } from '../../components/header'

// ok: CLK402
export default function Welcome() {
  return <><Header /><main>Welcome</main></>
}
