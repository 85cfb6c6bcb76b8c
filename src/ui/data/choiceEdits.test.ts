import { describe, expect, it } from 'vitest';
import type { DataSource } from '../../model/index.ts';
import { withRole, withType } from './choiceEdits.ts';

const COLUMNS = ['species', 'island', 'bill', 'sex', 'tag'];
const source: DataSource = {
  file: 'penguins.csv',
  sha256: 'a'.repeat(64),
  target: 'species',
  features: ['island', 'bill'],
  columns: { species: 'categorical', island: 'categorical', bill: 'numeric' },
};

describe('withRole', () => {
  it('adds a feature in the file’s column order, and leaves one out', () => {
    expect(withRole(source, COLUMNS, 'sex', 'feature')).toEqual({ target: 'species', features: ['island', 'bill', 'sex'], columns: source.columns });
    expect(withRole(source, COLUMNS, 'island', 'ignore')).toEqual({
      target: 'species',
      features: ['bill'],
      columns: { species: 'categorical', bill: 'numeric' },
    });
  });

  it('makes another column the target, leaving the old target out', () => {
    expect(withRole(source, COLUMNS, 'bill', 'target')).toEqual({ target: 'bill', features: ['island'], columns: { island: 'categorical', bill: 'numeric' } });
    expect(withRole(source, COLUMNS, 'tag', 'target')).toMatchObject({ target: 'tag', features: ['island', 'bill'] });
  });

  it('keeps the target until another column takes its place', () => {
    expect(withRole(source, COLUMNS, 'species', 'ignore')).toBeNull();
    expect(withRole(source, COLUMNS, 'species', 'feature')).toBeNull();
    expect(withRole(source, COLUMNS, 'species', 'target')).toEqual({ target: 'species', features: ['island', 'bill'], columns: source.columns });
  });
});

describe('withType', () => {
  it('records the type a person chose for a column', () => {
    expect(withType(source, 'bill', 'categorical').columns).toEqual({ species: 'categorical', island: 'categorical', bill: 'categorical' });
  });
});
