// `import { savedCardsResponseSchema } from 'react-saved-cards/schema'`: the JSON contract as a zod schema, for your
// own server. The one entry that imports zod, an optional peer: install `zod` (4.x) to use it.
export { savedCardsResponseSchema, type SavedCardsResponse } from './server/contract';
