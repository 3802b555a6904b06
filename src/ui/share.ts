// Share: copies the link of exactly this view, with the date written out so it does not drift
// when the data is updated.
import { el } from './dom';

export function createShareButton(container: HTMLElement, link: () => string): void {
  const button = el('button', { type: 'button', class: 'share' }, 'Share');
  const field = el('input', { type: 'text', class: 'share-link', readonly: '', 'aria-label': 'Link to this view', hidden: '' });
  const status = el('span', { class: 'share-status', role: 'status' });
  container.replaceChildren(button, field, status);
  button.addEventListener('click', async () => {
    const url = link();
    field.value = url;
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = 'Link copied';
      field.hidden = true;
    } catch {
      // No clipboard (permissions, insecure origin): show the link to copy by hand.
      field.hidden = false;
      field.select();
      status.textContent = 'Copy this link';
    }
    setTimeout(() => (status.textContent = ''), 4000);
  });
}
