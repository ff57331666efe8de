// The loop every streamed worker task shares (sweeps, the effective-horizon estimate, the offline matrix): post
// each item the computation yields as it comes, giving the caller a turn between items (the main-thread fallback
// stays responsive) and stopping once cancelled; then 'done', or 'error' with what went wrong.
export type StreamEnd = { readonly type: 'done' } | { readonly type: 'error'; readonly message: string };

export async function streamItems<Item, Message>(
  items: () => Promise<Iterable<Item>>, wrap: (item: Item) => Message, post: (message: Message | StreamEnd) => void,
  yieldNow: () => Promise<void>, cancelled: () => boolean,
): Promise<void> {
  try {
    for (const item of await items()) {
      if (cancelled()) return;
      post(wrap(item));
      await yieldNow();
    }
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
