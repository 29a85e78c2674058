import { timingSafeEqual } from 'node:crypto';
import type { Config, Role } from '../config.ts';

/**
 * The role a request acts with: the one configured for its `Authorization: Bearer <token>`
 * (ACTORGRAPH_TOKENS), or null for an anonymous or unknown token. Resolvers decide what a
 * role may do; here we only identify it. Tokens are compared in constant time.
 */
export function roleOfRequest(request: Request, config: Config): Role | null {
  const header = request.headers.get('authorization');
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  if (!match?.[1]) return null;
  const presented = Buffer.from(match[1]);
  for (const [token, role] of config.tokens) {
    const known = Buffer.from(token);
    if (known.length === presented.length && timingSafeEqual(known, presented)) return role;
  }
  return null;
}
