module.exports = {
  reactStrictMode: true,
  i18n: { locales: ['en', 'fr'], defaultLocale: 'en' },
}
