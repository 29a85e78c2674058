// Building DOM without HTML strings: every piece of text becomes a text node, so a quote from an
// article (or anything else from the API) can never be read as markup.

export type Child = Node | string | number | null | undefined | false;

type Handler = (event: Event) => void;

export interface Props {
  class?: string;
  /** Attributes set with setAttribute (aria-*, role, type, for, ...); null or false leaves one out. */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  /** Event listeners by event name ("click", "input", ...). */
  on?: Record<string, Handler>;
  dataset?: Record<string, string>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, handler] of Object.entries(props.on ?? {})) element.addEventListener(name, handler);
  for (const [name, value] of Object.entries(props.dataset ?? {})) element.dataset[name] = value;
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
}

export function replaceContent(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** An SVG element (legend swatches); attributes only, no markup. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: SVGElement[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  for (const child of children) element.appendChild(child);
  return element;
}

/** A link only for web addresses: a `javascript:` URL from a source record is shown as text instead. */
export function safeLink(url: string | null | undefined, text: string): HTMLElement {
  if (url && /^https?:\/\//i.test(url)) {
    return h('a', { attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } }, text);
  }
  return h('span', {}, text);
}

let nextId = 0;
/** A document-unique id for label/aria wiring. */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** A term and its value for a <dl>. */
export function definition(term: string, value: string | Node): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(h('dt', {}, term), h('dd', {}, value));
  return fragment;
}
