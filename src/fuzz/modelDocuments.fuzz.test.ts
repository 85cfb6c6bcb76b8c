import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { xorTemplate } from '../model/index.ts';
import { resetDocument } from '../ui/store/documentStore.ts';
import { checkModelDocument, type DocumentOutcome } from './documentProperty.ts';
import { fuzzParameters } from './fuzzRuns.ts';
import { mutated, mutatedText } from './jsonMutations.ts';
import { randomDocument, randomNetwork, seedDocuments } from './modelArbitraries.ts';

/**
 * Issue 15's fuzz suite, model documents: mutated templates, a trained model and graphs with
 * merge nodes, graphs made up from scratch, and files cut short or spliced, all through the
 * load path the CLI and the editor share (see `checkModelDocument` for the property).
 */
const seeds = seedDocuments();
const outcomes = new Map<string, number>();

function record(suite: string, outcome: DocumentOutcome): void {
  const key = `${suite}: ${outcome}`;
  outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
}

afterAll(() => {
  resetDocument(xorTemplate());
  if (process.env.FUZZ_REPORT) console.log([...outcomes].map(([key, n]) => `${key}: ${n}`).join('\n'));
});

describe('fuzzing model documents (issue 15)', () => {
  it('mutated seeds: templates, a trained model, graphs with merge nodes, prototype-named ids', async () => {
    const document = fc.integer({ min: 0, max: seeds.length - 1 }).chain((i) => mutated(JSON.parse(seeds[i]!), 4));
    await fc.assert(
      fc.asyncProperty(document, async ({ result }) => record('mutated', await checkModelDocument(JSON.stringify(result)))),
      fuzzParameters(6000),
    );
  }, 120_000);

  it('graphs made up from scratch', async () => {
    await fc.assert(
      fc.asyncProperty(randomDocument, async (document) => record('random', await checkModelDocument(JSON.stringify(document)))),
      fuzzParameters(1500),
    );
  }, 120_000);

  it('networks made up from scratch that compile, with merge nodes, and train', async () => {
    await fc.assert(
      fc.asyncProperty(randomNetwork, async (document) => record('network', await checkModelDocument(JSON.stringify(document)))),
      fuzzParameters(1500),
    );
  }, 120_000);

  it('files cut short, spliced, or opened thousands of brackets deep', async () => {
    const text = fc.integer({ min: 0, max: seeds.length - 1 }).chain((i) => mutatedText(seeds[i]!));
    await fc.assert(
      fc.asyncProperty(text, async (document) => record('text', await checkModelDocument(document))),
      fuzzParameters(1500),
    );
  }, 120_000);
});
