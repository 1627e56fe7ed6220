import { describe, expect, it } from 'vitest';
import {
  checkDocumentSettings,
  formOf,
} from '../../../renderer/src/features/documents/documentSettingsModel';

const karen = { initials: 'KBJ', name: 'Karen Bach Jensen', title: 'Værkstedsleder' };

describe('documentSettingsModel', () => {
  it('drops rows left wholly empty and passes the rest', () => {
    const checked = checkDocumentSettings({
      users: [{ initials: '', name: ' ', title: '' }, karen],
      appealText: 'Egen tekst',
    });
    expect(checked).toEqual({ ok: true, input: { users: [karen], appealText: 'Egen tekst' } });
  });

  it('names the row the person sees, also after an empty row was left out', () => {
    const checked = checkDocumentSettings({
      users: [{ initials: '', name: '', title: '' }, karen, { ...karen, title: '' }],
      appealText: '',
    });
    expect(checked).toEqual({
      ok: false,
      errors: {
        'users[2].initials': 'KBJ står der allerede',
        'users[2].title': 'må ikke være tom',
      },
    });
  });

  it('fills the form from the stored settings', () => {
    expect(formOf({ users: [karen], appealText: 'x' })).toEqual({
      users: [karen],
      appealText: 'x',
    });
  });
});
