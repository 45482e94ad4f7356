/**
 * <ips-copy-quote>: a "Copy" button beside a sentence a reader may quote. The sentence is plain,
 * selectable text without JavaScript; with it, the button appears (only where the clipboard can
 * be written) and copies the sentence with its source, and a live region says it was copied.
 */
class IpsCopyQuote extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('button');
    const quote = this.querySelector<HTMLElement>('[data-quote]');
    const status = this.querySelector<HTMLElement>('[data-copy-status]');
    if (!button || !quote || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(quote.textContent?.trim() ?? '');
        if (status) status.textContent = button.dataset.copied ?? '';
      } catch {
        // Without permission, select the sentence so the reader can copy it by hand.
        getSelection()?.selectAllChildren(quote);
      }
    });
  }
}

if (!customElements.get('ips-copy-quote')) customElements.define('ips-copy-quote', IpsCopyQuote);
