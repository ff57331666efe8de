// Messages about the run: a restart caused by a control, a refused value, or a failure (with what to do next).
import { useRunStore } from '../../state/run-store.ts';
import { runController } from '../../state/run-controller.ts';

export function RunMessage() {
  const message = useRunStore((s) => s.message);
  const failed = useRunStore((s) => s.failed);
  if (!message) return null;
  return (
    <div className={`notice ${message.kind === 'error' ? 'notice-error' : 'notice-info'}`} role={message.kind === 'error' ? 'alert' : 'status'}>
      <p>{message.text}</p>
      {failed && <p>Your settings are kept: change the setting that caused this, or press Reset.</p>}
      <button type="button" onClick={() => runController.dismissMessage()}>Dismiss</button>
    </div>
  );
}
