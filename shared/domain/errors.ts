// Validation errors that name the field: `wageDecisions[1].hourlyWage: må ikke være under bunden`.
import type { z } from 'zod';

export type FieldPath = ReadonlyArray<string | number>;

export interface FieldIssue {
  path: FieldPath;
  message: string;
}

/** `['wageDecisions', 1, 'hourlyWage']` → `wageDecisions[1].hourlyWage`. */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? '(rod)' : out;
}

export function formatIssue(issue: FieldIssue): string {
  return `${formatPath(issue.path)}: ${issue.message}`;
}

/** Turns zod's issues into field issues with Danish messages; one issue per unknown key. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys)
          out.push({ path: [...path, key], message: 'ukendt felt (stavefejl?)' });
        break;
      case 'invalid_union':
        // A union such as the transport modes: report the most specific branch's issues if any.
        if (issue.errors.length > 0 && issue.errors.every((e) => e.length > 0)) {
          const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
          out.push(...fromZodIssues(best.map((e) => ({ ...e, path: [...issue.path, ...e.path] }))));
        } else {
          out.push({ path, message: issue.message });
        }
        break;
      case 'invalid_type':
        out.push({
          path,
          message: issue.message.startsWith('Invalid')
            ? 'mangler eller har forkert type'
            : issue.message,
        });
        break;
      default:
        out.push({ path, message: issue.message });
    }
  }
  return out;
}

/** Thrown by the core when it is handed input that was not validated first. */
export class ValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ValidationError';
  }
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };
