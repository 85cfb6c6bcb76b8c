import { describe, expect, it } from 'vitest';
import { serializeModel, xorTemplate } from '../../model/index.ts';
import { AUTOSAVE_KEY, readAutosave } from './autosave.ts';

function storageWith(text: string | null): Storage {
  return { getItem: (key: string) => (key === AUTOSAVE_KEY ? text : null) } as Storage;
}

describe('readAutosave', () => {
  it('restores the saved document', () => {
    const model = { ...xorTemplate(), name: 'mine' };
    expect(readAutosave(storageWith(serializeModel(model)))).toEqual(model);
  });

  it('ignores a missing, corrupt or invalid save (the app then opens on XOR)', () => {
    expect(readAutosave(storageWith(null))).toBeNull();
    expect(readAutosave(storageWith('{ not json'))).toBeNull();
    expect(readAutosave(storageWith('{"format":"netloom","version":1}'))).toBeNull();
  });
});
