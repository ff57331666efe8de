// Starts a long computation off the page's thread: in a module Web Worker when the browser can, else on the main
// thread, giving the page a turn between messages. Returns a cancel function (which terminates the worker).
// `makeWorker` must call `new Worker(new URL(...))` itself so the bundler finds the worker file.

export interface WorkerTask<Request, Message> {
  readonly makeWorker: () => Worker;
  /** The same work on the main thread: posts each message, yields between them, and stops once cancelled. */
  readonly runHere: () => Promise<(request: Request, post: (m: Message) => void, yieldNow: () => Promise<void>, cancelled: () => boolean) => Promise<void>>;
  /** Whether a message ends the task (the worker is then terminated). */
  readonly isFinal: (message: Message) => boolean;
}

export function startWorkerTask<Request, Message>(
  task: WorkerTask<Request, Message>, request: Request, onMessage: (message: Message) => void,
): () => void {
  if (typeof Worker !== 'undefined') {
    try {
      const worker = task.makeWorker();
      worker.addEventListener('message', (event: MessageEvent<Message>) => {
        onMessage(event.data);
        if (task.isFinal(event.data)) worker.terminate();
      });
      worker.postMessage(request);
      return () => worker.terminate();
    } catch {
      // Fall through to the main thread.
    }
  }
  let cancelled = false;
  void task.runHere().then((run) => run(
    request, (message) => { if (!cancelled) onMessage(message); },
    () => new Promise((resolve) => setTimeout(resolve, 0)), () => cancelled,
  ));
  return () => { cancelled = true; };
}
