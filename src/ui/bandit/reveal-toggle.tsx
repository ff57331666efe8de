// The toggle that shows or hides the bandit's true values (aria-pressed). Its name stays "Reveal true values" in
// both states, as the WAI-ARIA button pattern asks of toggles; the pressed look and the check mark show the state.
export function RevealToggle(props: { reveal: boolean; onChange: (reveal: boolean) => void }) {
  const { reveal, onChange } = props;
  return (
    <button type="button" className="bandit-reveal" aria-pressed={reveal} onClick={() => onChange(!reveal)}
      title={reveal ? 'Showing the true values: press to hide them' : 'Show each arm’s true value and the best arm'}>
      <span aria-hidden="true" className="bandit-reveal-icon">{reveal ? '✓' : ''}</span>
      Reveal true values
    </button>
  );
}
