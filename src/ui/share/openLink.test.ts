import { beforeEach, describe, expect, it, vi } from 'vitest';
import { spiralTemplate, xorTemplate, type NetloomModel } from '../../model/index.ts';
import { getDocumentState, resetDocument, STARTER_MODEL, undoEdit } from '../store/documentStore.ts';
import { getModel, setTrainingSettings } from '../store/index.ts';
import { getViewState, updateView } from '../store/viewStore.ts';
import { encodeModelLink } from './linkCodec.ts';
import { cancelOpenLink, confirmOpenLink, openLinkFragment, startOpeningLinks } from './openLink.ts';

const SHARED = { weights: true, training: true };

/** The fragment of a link to `model`. */
function fragmentOf(model: NetloomModel): string {
  const link = encodeModelLink(model, SHARED, 'http://localhost/');
  if (!link.ok) throw new Error(link.message);
  return link.url.slice(link.url.indexOf('#'));
}

const spiral = { ...spiralTemplate(), name: 'shared spiral' };

beforeEach(() => {
  resetDocument(STARTER_MODEL);
  cancelOpenLink();
  updateView({ notice: null });
});

describe('opening a link', () => {
  it('replaces the untouched starter graph at once, as one undo step', () => {
    expect(openLinkFragment(fragmentOf(spiral))).toBe('opened');
    expect(getModel()).toEqual(spiral);
    expect(getDocumentState().history.past.map((step) => step.label)).toEqual(['Open link']);

    undoEdit();
    expect(getModel()).toEqual(STARTER_MODEL);
  });

  it('asks before replacing the person’s work; agreeing replaces it and Undo brings the work back', () => {
    setTrainingSettings({ lr: 0.5 });
    const work = getModel();

    expect(openLinkFragment(fragmentOf(spiral))).toBe('asking');
    expect(getModel()).toBe(work);

    confirmOpenLink();
    expect(getModel()).toEqual(spiral);
    undoEdit();
    expect(getModel()).toEqual(work);
  });

  it('keeps the work when the person declines', () => {
    resetDocument(xorTemplate());
    const work = getModel();
    openLinkFragment(fragmentOf(spiral));

    cancelOpenLink();
    confirmOpenLink();

    expect(getModel()).toBe(work);
    expect(getDocumentState().history.past).toHaveLength(0);
  });

  it('changes nothing when the link shows exactly what the canvas has', () => {
    resetDocument(spiral);
    expect(openLinkFragment(fragmentOf(spiral))).toBe('already-open');
    expect(getModel()).toBe(spiral);
    expect(getDocumentState().history.past).toHaveLength(0);
  });

  it('explains a damaged link and changes nothing', () => {
    const damaged = fragmentOf(spiral).slice(0, "#model=".length + 60);
    resetDocument(xorTemplate());
    const before = getDocumentState();

    expect(openLinkFragment(damaged)).toBe('refused');

    expect(getDocumentState()).toBe(before);
    expect(getViewState().notice).toEqual({
      title: 'Could not open the link; the graph is unchanged.',
      details: [expect.stringMatching(/^The link is damaged or cut short/)],
    });
  });

  it('leaves fragments that are not Netloom links alone', () => {
    const before = getDocumentState();
    expect(openLinkFragment('#section-2')).toBe('not-a-link');
    expect(openLinkFragment('')).toBe('not-a-link');
    expect(getDocumentState()).toBe(before);
    expect(getViewState().notice).toBeNull();
  });
});

describe('startOpeningLinks', () => {
  /** Just enough of a window: a location, a history and hashchange events. */
  function fakeWindow(hash: string) {
    const events = new EventTarget();
    const location = { hash, pathname: '/app/', search: '?x=1' };
    const history = { state: null, replaceState: vi.fn(() => void (location.hash = '')) };
    const window = Object.assign(events, { location, history }) as unknown as Window;
    return { window, location, history };
  }

  it('opens the link the page was opened with, then removes it from the address', () => {
    const { window, history } = fakeWindow(fragmentOf(spiral));
    const stop = startOpeningLinks(window);

    expect(getModel()).toEqual(spiral);
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/app/?x=1');
    stop();
  });

  it('opens a link pasted into the address bar later, and stops listening when asked', () => {
    const { window, location } = fakeWindow('');
    const stop = startOpeningLinks(window);
    expect(getModel()).toBe(STARTER_MODEL);

    location.hash = fragmentOf(spiral);
    window.dispatchEvent(new Event('hashchange'));
    expect(getModel()).toEqual(spiral);

    stop();
    location.hash = fragmentOf(xorTemplate());
    window.dispatchEvent(new Event('hashchange'));
    expect(getModel()).toEqual(spiral);
  });
});
