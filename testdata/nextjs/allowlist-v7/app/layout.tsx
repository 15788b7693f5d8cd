import { Providers } from '../components/providers'

// ClerkProvider comes from a providers component the layout imports.
// ok: CLK701
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  )
}
