import { createAuthorizedRequest } from '../api/graphql.ts';
import type { Request } from '../api/load-view.ts';
import { readSessionToken } from '../ui/session-token.ts';

/** The same key as the editor token field (ui/editor-token.ts): one token per tab for every write. */
const TOKEN_KEY = 'actorgraph.editorToken';
const AUTHOR_KEY = 'actorgraph.author';

/**
 * Requests of the workbench: uncached (a list of notes read again must show the note just added)
 * and carrying the editor token typed in this tab, for the writes.
 */
export const workbenchRequest: Request = createAuthorizedRequest(() => readSessionToken(TOKEN_KEY));

/**
 * The name notes and views are signed with. Unlike the token it is no secret, so it is kept in
 * localStorage and filled in again next time.
 */
export function readAuthor(): string {
  try {
    return localStorage.getItem(AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
}

export function storeAuthor(author: string): void {
  try {
    localStorage.setItem(AUTHOR_KEY, author.trim());
  } catch {
    // Storage refused (a private window): the name lasts as long as its field.
  }
}
