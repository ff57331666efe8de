// The environment view of a bandit demo: the Reveal toggle, the arms as the watched agent sees them, and a
// "Play yourself" disclosure where the user pulls the same arms by hand.
import { useState } from 'react';
import { BanditArms } from './bandit-arms.tsx';
import { PlayYourself } from './play-yourself.tsx';
import { RevealToggle } from './reveal-toggle.tsx';
import './bandit.css';

export function BanditView() {
  const [reveal, setReveal] = useState(false);
  return (
    <div className="bandit-view">
      <div className="bandit-view-bar">
        <RevealToggle reveal={reveal} onChange={setReveal} />
      </div>
      <BanditArms reveal={reveal} />
      <details className="bandit-play-details">
        <summary>Play yourself</summary>
        <PlayYourself reveal={reveal} />
      </details>
    </div>
  );
}
