// What was wrong with the link that opened the page (an unknown demo, a value out of range...), said plainly.
import { useState } from 'react';
import { useExperimentStore } from '../../state/experiment-store.ts';

export function LinkNotices() {
  const notices = useExperimentStore((s) => s.linkNotices);
  const [dismissed, setDismissed] = useState<readonly string[] | null>(null);
  if (notices.length === 0 || dismissed === notices) return null;
  return (
    <div className="notice notice-info" role="status">
      <p><strong>Part of this link could not be used.</strong></p>
      <ul>{notices.map((n) => <li key={n}>{n}</li>)}</ul>
      <button type="button" onClick={() => setDismissed(notices)}>Dismiss</button>
    </div>
  );
}
