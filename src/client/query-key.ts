export { clientId, savedCardsKeys, type KeyedClient } from '../core/query-keys';
