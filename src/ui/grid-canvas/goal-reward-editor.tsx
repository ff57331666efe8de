// The small inline editor for a goal's reward, placed over the canvas next to the goal: a labelled number input
// that applies on Enter, refuses non-numbers and values outside [−100, 100], and closes on Escape or when left.
import { useEffect, useId, useRef, useState } from 'react';
import { GOAL_REWARD_LIMIT, parseGoalRewardInput } from './goal-reward.ts';

export interface GoalRewardEditorProps {
  /** Position over the canvas stage, in CSS pixels (top edge of the box, or its bottom edge when `above`). */
  readonly left: number;
  readonly top: number;
  readonly above: boolean;
  /** Which goal, for the accessible description, e.g. "row 2, column 9". */
  readonly where: string;
  readonly initial: string;
  onSubmit(value: number): void;
  /** Closed without applying; `refocus` when closed from the keyboard (Escape), so focus returns to the canvas. */
  onClose(refocus: boolean): void;
}

export function GoalRewardEditor({ left, top, above, where, initial, onSubmit, onClose }: GoalRewardEditorProps) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const submit = () => {
    const value = parseGoalRewardInput(text);
    if (typeof value !== 'number') {
      setError(value.error);
      return;
    }
    onSubmit(value);
  };
  return (
    <div className={`goal-reward-editor${above ? ' goal-reward-editor--above' : ''}`} style={{ left, top }}>
      <label htmlFor={`${id}-input`}>Goal reward</label>
      <input
        id={`${id}-input`}
        ref={input}
        type="number"
        inputMode="decimal"
        step="any"
        min={-GOAL_REWARD_LIMIT}
        max={GOAL_REWARD_LIMIT}
        value={text}
        aria-invalid={error !== null}
        aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
        onChange={(e) => { setText(e.target.value); setError(null); }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') { e.preventDefault(); submit(); }
          else if (e.key === 'Escape') { e.preventDefault(); onClose(true); }
          e.stopPropagation();
        }}
        onBlur={() => onClose(false)}
      />
      <span id={`${id}-help`} className="visually-hidden">
        Goal at {where}. Enter applies, Escape cancels. From −{GOAL_REWARD_LIMIT} to {GOAL_REWARD_LIMIT}.
      </span>
      {error && <span id={`${id}-error`} className="goal-reward-editor__error" role="alert">{error}</span>}
    </div>
  );
}
