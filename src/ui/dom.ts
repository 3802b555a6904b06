// Small DOM helpers: text always goes in through textContent, never as markup.

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

/** A link to a source: only http(s) addresses become links; anything else stays text. */
export function safeLink(href: string | undefined, text: string): HTMLElement {
  if (href !== undefined && /^https?:\/\//i.test(href)) {
    try {
      const url = new URL(href);
      if (url.protocol === 'http:' || url.protocol === 'https:') {
        return el('a', { href: url.href, target: '_blank', rel: 'noopener noreferrer' }, text);
      }
    } catch {
      // not a URL: shown as text below
    }
  }
  return el('span', {}, text);
}

export function required<T extends Element>(root: ParentNode, selector: string): T {
  const node = root.querySelector<T>(selector);
  if (!node) throw new Error(`missing element ${selector}`);
  return node;
}

/** Offers a file for download: the page's own blob URL, so nothing leaves the origin. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Runs `task` when the page has nothing more urgent to do (and within `timeout` ms at the latest). */
export function whenPageIdle(task: () => void, timeout = 2000): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout });
  else setTimeout(task, 50);
}
