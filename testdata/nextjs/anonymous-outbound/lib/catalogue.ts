// ok: CLK101
const CATALOGUE_URL = `${process.env.NEXT_PUBLIC_STORE_API}/categories`
const QUOTES_URL = `https://quotes.example.org/v2/daily?api_key=${process.env.QUOTES_API_KEY}`

// The storefront's public catalogue, fetched with no credential.
export const getCategories = async () => (await fetch(CATALOGUE_URL)).json()

// The URL a module const builds carries the app's key.
export const getQuotes = async () => (await fetch(QUOTES_URL)).json()

// A parameter named like the const is whatever the caller passes.
export const fetchFrom = async (CATALOGUE_URL: string) => (await fetch(CATALOGUE_URL)).json()
