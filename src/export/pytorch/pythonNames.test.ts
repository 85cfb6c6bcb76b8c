import { describe, expect, it } from 'vitest';
import { pythonNames } from './pythonNames.ts';

describe('Python names for node ids', () => {
  it('keeps an id that is a name, and makes the rest readable, distinct and safe', () => {
    const ids = ['dense1', 'hidden layer-2', '2nd', 'train', 'x', 'a-b', 'a_b', 'élan', '__init__', 'class', 'forward'];
    expect([...pythonNames(ids).values()]).toEqual(['dense1', 'hidden_layer_2', 'n2nd', 'train_2', 'x_2', 'a_b', 'a_b_2', 'lan', 'init', 'class_2', 'forward_2']);
  });

  it('names an id without a letter or digit "node"', () => {
    expect([...pythonNames(['→', '!!']).values()]).toEqual(['node', 'node_2']);
  });
});
