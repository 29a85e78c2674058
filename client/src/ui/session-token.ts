/**
 * A bearer token kept in sessionStorage: it lasts while the tab is open and is gone when it
 * closes; never in the URL (links are shared) or in localStorage (kept for good). Storage may be
 * refused (a private window, a sandboxed frame): the token then lasts as long as its field.
 */
export function readSessionToken(key: string): string {
  try {
    return sessionStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

export function storeSessionToken(key: string, token: string): void {
  try {
    if (token) sessionStorage.setItem(key, token);
    else sessionStorage.removeItem(key);
  } catch {
    // Refused: see above.
  }
}
