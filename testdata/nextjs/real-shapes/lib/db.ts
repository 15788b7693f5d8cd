// A stand-in data layer for the fixtures: a client a package builds, whose
// methods the analysis cannot read, as it cannot read a real database
// client's. (An object literal of the project's own would be followed into
// its members and judged by what they do.)
import { createStore } from '@acme/store'

export const db = createStore(process.env.STORE_URL)
