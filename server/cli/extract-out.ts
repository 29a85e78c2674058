import type { ArticleMeta, Draft } from '../extraction/draft.ts';
import { draftToDocument, writeDraftFile } from '../extraction/draft-to-document.ts';
import { parseKnowledgeDocument } from '../ingest/ingest-document.ts';

/**
 * `npm run extract -- --out FILE`: the draft as an actorgraph/v1 knowledge file, ready to review
 * and load with `npm run ingest`. The document is validated before it is written, so a file this
 * writes loads (or names what the reviewer must fix, which the extractor should not produce).
 */
export async function writeDraftAsKnowledgeFile(
  draft: Draft,
  meta: ArticleMeta & { readonly text?: string | undefined },
  path: string,
): Promise<void> {
  const document = parseKnowledgeDocument(draftToDocument(draft, meta), path);
  const about = [meta.title, meta.publisher, meta.date].filter((part) => part && part.trim() !== '').join(', ');
  await writeDraftFile(path, document, about ? `Extracted from: ${about}` : undefined);
}
