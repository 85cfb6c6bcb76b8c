import { describe, expect, it } from 'vitest';
import { describeTable } from './describe.ts';
import { planTable } from './plan.ts';
import { csv, errorOf, PENGUIN_DESCRIPTION, PENGUIN_LINES } from './testTables.ts';

const penguins = () => csv(...PENGUIN_LINES);

describe('planTable', () => {
  it('describes the table as `cli data` prints it: rows kept and dropped, widths, classes, each column', () => {
    expect(describeTable(planTable(penguins(), { target: 'species' }))).toEqual(PENGUIN_DESCRIPTION);
  });

  it('names each encoded input: one per number, one per category, one for a missing category', () => {
    expect(planTable(penguins(), { target: 'species' }).inputNames).toEqual([
      'island=Biscoe',
      'island=Dream',
      'island=Torgersen',
      'bill',
      'sex=FEMALE',
      'sex=MALE',
      'sex (missing)',
    ]);
  });

  it('uses the features given, in the order given', () => {
    const plan = planTable(penguins(), { target: 'species', features: ['bill', 'island'] });
    expect(plan.inputNames).toEqual(['bill', 'island=Biscoe', 'island=Dream', 'island=Torgersen']);
    expect(plan.columns.filter((c) => c.role === 'ignore').map((c) => c.name)).toEqual(['sex', 'tag']);
  });

  it('lets the person use an id column as a feature', () => {
    expect(planTable(penguins(), { target: 'species', features: ['tag'] }).inputSize).toBe(6);
  });

  it('needs 1 output for 2 classes (sigmoid), k for k classes (softmax), 1 for a number', () => {
    const table = csv('y,x,k', 'a,1,1', 'b,2,2', 'a,3,3');
    expect(planTable(table, { target: 'y' })).toMatchObject({ outputSize: 1, task: { kind: 'classification', classes: 2 } });
    expect(planTable(table, { target: 'x' })).toMatchObject({ outputSize: 1, task: { kind: 'regression', outputs: 1 } });
  });

  it('predicts a numeric column marked categorical as classes named by value', () => {
    const table = csv('rating,x', '3,0.1', '1,0.2', '3,0.3', '2,0.4');
    const plan = planTable(table, { target: 'rating', columns: { rating: 'categorical' } });
    expect(describeTable(plan)).toMatchObject({ task: 'classification', classes: ['1', '2', '3'], outputSize: 3 });
  });

  it('one-hot encodes a numeric feature marked categorical', () => {
    const table = csv('y,month', 'a,1', 'b,2', 'a,12', 'b,1');
    expect(planTable(table, { target: 'y', columns: { month: 'categorical' } }).inputNames).toEqual(['month=1', 'month=2', 'month=12']);
  });
});

describe('planTable refuses a choice that does not fit, saying where', () => {
  it('an unknown column', () => {
    expect(errorOf(() => planTable(penguins(), { target: 'Species' }))).toBe(
      'data.csv: there is no column "Species"; the columns are "species", "island", "bill", "sex", "tag"',
    );
    expect(errorOf(() => planTable(penguins(), { target: 'species', features: ['beak'] }))).toMatch(/^data\.csv: there is no column "beak"/);
    expect(errorOf(() => planTable(penguins(), { target: 'species', columns: { beak: 'numeric' } }))).toMatch(/^data\.csv: there is no column "beak"/);
  });

  it('the target among the features, or a feature twice', () => {
    expect(errorOf(() => planTable(penguins(), { target: 'species', features: ['bill', 'species'] }))).toBe(
      'data.csv, column "species": the target cannot also be a feature',
    );
    expect(errorOf(() => planTable(penguins(), { target: 'species', features: ['bill', 'bill'] }))).toBe(
      'data.csv, column "bill": the column is listed twice among the features',
    );
  });

  it('a target with one class', () => {
    expect(errorOf(() => planTable(csv('y,x', 'a,1', 'a,2', ',3'), { target: 'y' }))).toBe(
      'data.csv, column "y": every row has the class "a": a classifier needs at least 2 classes',
    );
  });

  it('a target that identifies rows', () => {
    expect(errorOf(() => planTable(penguins(), { target: 'tag' }))).toBe(
      'data.csv, column "tag": every row has a different value (6 values): the column identifies rows and cannot be learned as classes',
    );
  });

  it('no rows left once rows without a target are dropped', () => {
    expect(errorOf(() => planTable(csv('y,x', 'NA,1', '?,2'), { target: 'y' }))).toBe(
      'data.csv, column "y": every row\'s value is missing (2 rows): pick another target',
    );
  });

  it('a numeric target with a single value', () => {
    expect(errorOf(() => planTable(csv('y,x', '4,1', '4,2', ',3'), { target: 'y' }))).toBe('data.csv, column "y": every row has the value 4: there is nothing to predict');
  });

  it('a feature with no values, or too many categories for one-hot', () => {
    expect(errorOf(() => planTable(csv('y,x,e', 'a,1,', 'b,2,', 'a,3,'), { target: 'y', features: ['x', 'e'] }))).toBe(
      'data.csv, column "e": every value is missing: leave the column out',
    );
    const many = csv('y,code', ...Array.from({ length: 202 }, (_, i) => `${i % 2 ? 'a' : 'b'},c${i % 101}`));
    expect(errorOf(() => planTable(many, { target: 'y', features: ['code'] }))).toBe(
      'data.csv, column "code": 101 different values would become 101 one-hot inputs, more than 100: leave the column out',
    );
  });

  it('no feature left', () => {
    expect(errorOf(() => planTable(csv('y,name', 'a,x', 'b,y', 'a,z'), { target: 'y' }))).toBe(
      'data.csv: no column is left to predict "y" from: choose at least one feature',
    );
  });

  it('a type the column cannot take', () => {
    expect(errorOf(() => planTable(penguins(), { target: 'species', columns: { island: 'numeric' } }))).toBe(
      'data.csv line 2, column "island": "Torgersen" is not a number, so the column cannot be numeric',
    );
  });
});

describe('planTable on columns named after members of Object.prototype (issue 15 item 5, found by the fuzz suite)', () => {
  it('reads them by their inferred types, not as types someone chose', () => {
    const table = csv('toString,constructor,__proto__,y', 'a,1,x,p', 'b,2,y,q', 'a,3,x,p', 'b,4,y,q');
    const plan = planTable(table, { target: 'y', columns: {} });
    expect(plan.inputNames).toEqual(['toString=a', 'toString=b', 'constructor', '__proto__=x', '__proto__=y']);
    expect(planTable(table, { target: 'y', columns: Object.fromEntries([['constructor', 'categorical']]) }).inputNames).toContain('constructor=1');
  });
});
