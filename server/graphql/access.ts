import type { Role } from '../config.ts';
import type { Caller } from '../http/auth.ts';
import { forbidden, unauthenticated } from './errors.ts';

/**
 * What each role may do. Reads are public unless ACTORGRAPH_PRIVATE_READS=true; then any valid
 * token may read. Curation (adding and correcting knowledge, retracting evidence, which keeps the
 * record) needs an editor. Merging actors deletes one of them and cannot be undone by another
 * mutation, so it needs an admin.
 */
export const PERMISSIONS = {
  read: ['reader', 'editor', 'admin'],
  curate: ['editor', 'admin'],
  merge: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

const BEARER_HINT = 'send a token from ACTORGRAPH_TOKENS as "Authorization: Bearer <token>"';

/** Throws UNAUTHENTICATED (no or unknown token) or FORBIDDEN (a role without the permission). */
export function requirePermission(caller: Caller, permission: Permission, what: string): void {
  if (caller.credential === 'none') throw unauthenticated(`${what} needs a token: ${BEARER_HINT}.`);
  if (caller.credential === 'invalid') {
    throw unauthenticated(`The token is not valid: ${BEARER_HINT}.`);
  }
  const allowed: readonly Role[] = PERMISSIONS[permission];
  if (!allowed.includes(caller.role)) {
    throw forbidden(`${what} needs the role ${allowed.join(' or ')}; this token has the role ${caller.role}.`);
  }
}
