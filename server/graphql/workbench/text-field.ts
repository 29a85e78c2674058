import { badUserInput } from '../errors.ts';

/**
 * A required line of text from a form: trimmed, never empty, never longer than `max`. A blank
 * note or name is a mistake, not something to store.
 */
export function requiredText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text === '') throw badUserInput(field, 'must not be empty');
  if (text.length > max) throw badUserInput(field, `must be at most ${max} characters (it has ${text.length})`);
  return text;
}

/** An optional line of text: blank is the same as absent. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  return value === null || value === undefined || value.trim() === '' ? null : requiredText(value, field, max);
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id the caller gives: a slug, like every id in actorgraph. */
export function slugId(value: string, field: string): string {
  if (!ID.test(value) || value.length > 120)
    throw badUserInput(
      field,
      'must be a slug: lower-case letters and digits joined by hyphens, at most 120 characters',
    );
  return value;
}
