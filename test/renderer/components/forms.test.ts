import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  binder,
  isFormChanged,
  NotANumber,
  numberOrText,
  validate,
} from '../../../renderer/src/components/forms';

describe('number fields', () => {
  it('reads Danish numbers strictly (docs/rules.md §5)', () => {
    expect(numberOrText('')).toBeUndefined();
    expect(numberOrText('  ')).toBeUndefined();
    expect(numberOrText('4.000')).toBe(4000);
    expect(numberOrText('7,5')).toBe(7.5);
    expect(numberOrText('1.5')).toBeInstanceOf(NotANumber);
  });

  it('shows the parser’s message at the field, and validates the rest as before', () => {
    const schema = z.strictObject({ a: z.number(), b: z.object({ c: z.number() }), d: z.string() });
    const r = validate(schema, { a: numberOrText('1.5'), b: { c: numberOrText('abc') }, d: 1 });
    expect(r).toEqual({
      ok: false,
      errors: {
        a: 'brug komma som decimaltegn: skriv 1,5 (punktum skiller kun tusinder, fx 4.000)',
        'b.c': 'skal være et tal, fx 7,5 eller 4.000',
        d: expect.any(String),
      },
    });
    expect(validate(schema, { a: numberOrText('4.000'), b: { c: 1 }, d: 'x' })).toEqual({
      ok: true,
      value: { a: 4000, b: { c: 1 }, d: 'x' },
    });
  });

  it('refuses a field the schema lets through when its text is not a number', () => {
    const r = validate(z.object({ a: z.unknown() }), { a: numberOrText('1,2,3') });
    expect(r).toEqual({
      ok: false,
      errors: { a: 'må kun have ét komma (decimaltegnet), fx 1.234,50' },
    });
  });
});

describe('binder', () => {
  it('gives a field its value, its message, and a setter that changes only that field', () => {
    let form = { name: 'Eva', cpr: '' };
    const setForm = (next: typeof form | ((f: typeof form) => typeof form)) => {
      form = typeof next === 'function' ? next(form) : next;
    };
    const field = binder(form, setForm, (key) => (key === 'cpr' ? 'mangler' : undefined));
    expect(field('name')).toMatchObject({ value: 'Eva', error: undefined });
    expect(field('cpr').error).toBe('mangler');
    field('cpr').onChange('010190-1234');
    expect(form).toEqual({ name: 'Eva', cpr: '010190-1234' });
  });
});

describe('isFormChanged (the unsaved-changes guard, issue 10)', () => {
  it('is false for the form as opened and true after any field changed', () => {
    const opened = { name: '', offer: 'SEL103', hasTaxCard: true };
    expect(isFormChanged(opened, { ...opened })).toBe(false);
    expect(isFormChanged(opened, { ...opened, name: 'A' })).toBe(true);
    expect(isFormChanged(opened, { ...opened, hasTaxCard: false })).toBe(true);
  });
});
