import { ClerkProvider } from '@clerk/nextjs'
import { frFR, enUS } from '@clerk/localizations'

// ok: CLK701
export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  return (
    <ClerkProvider localization={locale === 'fr' ? frFR : enUS}>
      <html lang={locale}>
        <body>{children}</body>
      </html>
    </ClerkProvider>
  )
}
