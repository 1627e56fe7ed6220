export interface ProgressState {
  label: string;
  /** 0–1, or null when the length is unknown. */
  fraction: number | null;
}

export function Progress({ state }: { state: ProgressState | null }) {
  if (!state) return null;
  const percent = state.fraction === null ? undefined : Math.round(state.fraction * 100);
  return (
    <div className="progress" role="status" aria-live="polite">
      <span className="progress-label">
        {state.label}
        {percent === undefined ? '' : ` (${percent} %)`}
      </span>
      <progress max={100} value={percent} aria-label={state.label} />
    </div>
  );
}
