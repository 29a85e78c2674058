import { markText, type TextMark } from '../graph/text-marks.ts';
import { h, replaceContent } from './dom.ts';

/**
 * The article's text with each mention and quote marked. Each run of text is a text node in a
 * span that lists the keys of the marks over it (`data-keys`), so the review can light up the
 * places of one draft item and find the items of one place. Never markup: the text is the user's.
 */
export function renderArticleText(container: HTMLElement, text: string, marks: readonly TextMark[]): void {
  replaceContent(
    container,
    ...markText(text, marks).map((run) =>
      run.keys.length === 0
        ? run.text
        : h(
            'span',
            {
              class: [
                'mark',
                run.keys.some((key) => key.startsWith('actor:')) ? 'mention-mark' : '',
                run.keys.some((key) => key.startsWith('relation:')) ? 'quote-mark' : '',
              ]
                .filter(Boolean)
                .join(' '),
              dataset: { keys: run.keys.join(' ') },
              attrs: { tabindex: 0 },
            },
            run.text,
          ),
    ),
  );
}

/** The spans of the text that a mark with this key covers. */
export function marksWithKey(container: HTMLElement, key: string): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[data-keys]')].filter((span) =>
    (span.dataset['keys'] ?? '').split(' ').includes(key),
  );
}
