/** Renders a Preact tree into happy-dom's document, with effects and pending promises flushed. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

const roots: HTMLElement[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) {
    render(null, root);
    root.remove();
  }
});

/** Lets effects run and the promises they started settle, then re-renders. */
export const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

export async function mount(tree: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  await act(() => render(tree, root));
  await settle();
  return root;
}

export const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((el) => el.textContent?.trim() ?? '');

/** Clicks, as the reader would, and lets the page follow. */
export async function click(el: Element | null): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(() => void (el as HTMLElement).click());
  await settle();
}

/** Types a whole value into a field: sets it and fires `input`, as Preact listens for. */
export async function type(el: Element | null, value: string): Promise<void> {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) throw new Error('not a text field');
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}
