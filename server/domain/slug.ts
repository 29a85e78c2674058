/**
 * A slug for an id the caller did not give: "Qassem Soleimani" → "qassem-soleimani". Letters lose
 * their accents; anything else separates words. Empty when nothing is left (a name in a script
 * without Latin letters), so the caller must then give the id. Mutations, drafts and the
 * browser's review of a draft derive ids with it, so they agree.
 */
export function slugOf(...parts: string[]): string {
  return parts
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');
}
