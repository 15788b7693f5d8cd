import { ClerkProvider } from '@clerk/nextjs'
import type { AppProps } from 'next/app'

export default function App({ Component, pageProps }: AppProps) {
  return (
    // ok: CLK402, CLK701
    <ClerkProvider {...pageProps} signInFallbackRedirectUrl="/fr">
      <Component {...pageProps} />
    </ClerkProvider>
  )
}
