import { defineRouting } from 'next-intl/routing'

export const routing = defineRouting({
  locales: ['de', 'nl', 'pl'],
  defaultLocale: 'de',
})
