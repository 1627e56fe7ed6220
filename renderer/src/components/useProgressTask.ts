// A longer action (an export, a close, a backup, a restore) with its progress bar and the one
// sentence after it: what was done, or why not, in Danish.
import { useState } from 'react';
import { errorMessage } from '../data/errors';
import type { ProgressState } from './Progress';

/** The sentence after an action, shown as a notice. */
export interface Status {
  kind: 'error' | 'success';
  text: string;
}

/** A failed action: the data API's sentence (or what went wrong) as it stands. */
export const failedStatus = (message: string): Status => ({ kind: 'error', text: message });

export function useProgressTask() {
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [status, setStatus] = useState<Status | null>(null);

  /**
   * Clears the last sentence, shows `first`, lets `work` move the bar on (`step`), then shows
   * the work's status (none: nothing to say), or its failure through `failed`. Never rejects.
   */
  const run = async (
    first: ProgressState,
    work: (step: (next: ProgressState) => void) => Promise<Status | null>,
    failed: (message: string) => Status = failedStatus,
  ): Promise<void> => {
    setStatus(null);
    setProgress(first);
    try {
      setStatus(await work(setProgress));
    } catch (error) {
      setStatus(failed(errorMessage(error)));
    } finally {
      setProgress(null);
    }
  };

  return { progress, busy: progress !== null, status, setStatus, run };
}
