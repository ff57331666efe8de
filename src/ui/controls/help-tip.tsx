// A "?" that shows a control's one-line help on hover or keyboard focus; screen readers get it as a description.
export function HelpTip({ id, text }: { id: string; text: string }) {
  return (
    <span className="help-tip">
      <button type="button" className="help-tip-button" aria-label="Help" aria-describedby={id}>?</button>
      <span role="tooltip" id={id} className="help-tip-text">{text}</span>
    </span>
  );
}
