import { timingSafeEqual } from 'node:crypto';
import type { Config, Role } from '../config.ts';

/**
 * Who sent a request, as far as its `Authorization: Bearer <token>` header says:
 * - `none`: no Authorization header at all (an anonymous caller);
 * - `invalid`: a header that is not a bearer token this server knows (ACTORGRAPH_TOKENS);
 * - `valid`: a known token, with the role configured for it.
 * Resolvers decide what a role may do (server/graphql/access.ts); here we only identify it.
 */
export type Caller =
  | { readonly credential: 'none'; readonly role: null }
  | { readonly credential: 'invalid'; readonly role: null }
  | { readonly credential: 'valid'; readonly role: Role };

export const ANONYMOUS: Caller = { credential: 'none', role: null };

/** Tokens are compared in constant time, so response times do not reveal how much of one matched. */
export function identifyCaller(request: Request, config: Config): Caller {
  const header = request.headers.get('authorization');
  if (header === null || header.trim() === '') return ANONYMOUS;
  const presented = /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
  if (!presented) return { credential: 'invalid', role: null };
  const presentedBytes = Buffer.from(presented);
  let role: Role | null = null;
  for (const [token, tokenRole] of config.tokens) {
    const known = Buffer.from(token);
    if (known.length === presentedBytes.length && timingSafeEqual(known, presentedBytes)) role = tokenRole;
  }
  return role ? { credential: 'valid', role } : { credential: 'invalid', role: null };
}
