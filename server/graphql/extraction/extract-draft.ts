import type { Draft } from '../../extraction/draft.ts';
import { parsePartialDate } from '../../domain/dates.ts';
import { MAX_LENGTH, tooLong } from '../../ingest/limits.ts';
import type { Context } from '../context.ts';
import { badUserInput } from '../errors.ts';
import type { QueryExtractDraftArgs } from '../generated/resolvers-types.ts';

/**
 * `extractDraft`: the text goes to the server's one extractor as it is (offsets in the draft
 * point into exactly the text the caller holds). The checks come first, so an over-long paste
 * never reaches the engine.
 */
export async function extractDraft(ctx: Context, args: QueryExtractDraftArgs): Promise<Draft> {
  if (args.text.trim() === '') throw badUserInput('text', 'must not be empty: paste the article');
  if (args.text.length > MAX_LENGTH.article) throw badUserInput('text', tooLong(MAX_LENGTH.article));
  // Relative dates ("on Monday", "last month") need a day to count from.
  if (args.date && parsePartialDate(args.date)?.precision !== 'DAY')
    throw badUserInput('date', 'must be a day (YYYY-MM-DD): relative dates in the text are resolved against it');
  return ctx.extractor.extract(args.text, {
    date: args.date ?? undefined,
    publisher: args.publisher ?? undefined,
    title: args.title ?? undefined,
  });
}
