import type { Rng } from '../rng.ts';
import type { Samples } from './samples.ts';

/** Planar points lie in [-1, 1]² before noise. */
export const PLANAR_EXTENT = [-1, 1] as const;

/** At noise 1, each coordinate moves by a normal with this standard deviation. */
const JITTER_AT_FULL_NOISE = 0.25;

/** Where the i-th of n points of a class lies; `rng` supplies whatever is random about it. */
type PlacePoint = (rng: Rng, label: number, i: number, n: number) => [number, number];

interface PlanarTask {
  classes: number;
  place: PlacePoint;
}

const sign = (rng: Rng) => (rng.uniform() < 0.5 ? -1 : 1);
/** Away from the axes, as in TensorFlow Playground, so every quadrant is unambiguous. */
const awayFromAxis = (rng: Rng) => 0.05 + 0.95 * rng.uniform();

/** Class 1 where sign(x)·sign(y) > 0 (quadrants I and III), class 0 elsewhere. */
const xor: PlanarTask = {
  classes: 2,
  place: (rng, label) => {
    const s = sign(rng);
    const x = s * awayFromAxis(rng);
    const y = (label === 1 ? s : -s) * awayFromAxis(rng);
    return [x, y];
  },
};

/** Class 1 inside radius 0.5, class 0 on the ring 0.7–1. */
const circle: PlanarTask = {
  classes: 2,
  place: (rng, label) => {
    const radius = label === 1 ? 0.5 * rng.uniform() : 0.7 + 0.3 * rng.uniform();
    const angle = 2 * Math.PI * rng.uniform();
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  },
};

/** Interleaved arms, one per class, each turning 1.75 times (TensorFlow Playground's spiral). */
function spiral(classes: number): PlanarTask {
  return {
    classes,
    place: (_rng, label, i, n) => {
      const radius = i / n;
      const angle = 1.75 * 2 * Math.PI * radius + (2 * Math.PI * label) / classes;
      return [radius * Math.sin(angle), radius * Math.cos(angle)];
    },
  };
}

/** Two normal blobs (sd 0.2) centred at ±(0.4, 0.4); class 1 at the positive corner. */
const gaussian: PlanarTask = {
  classes: 2,
  place: (rng, label) => {
    const centre = label === 1 ? 0.4 : -0.4;
    return [centre + 0.2 * rng.normal(), centre + 0.2 * rng.normal()];
  },
};

/** scikit-learn's two interleaving half circles, rescaled from [-1, 2] × [-0.5, 1] into the square. */
const moons: PlanarTask = {
  classes: 2,
  place: (rng, label) => {
    const t = Math.PI * rng.uniform();
    const [x, y] = label === 0 ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)];
    return [(x - 0.5) / 1.5, (y - 0.25) / 1.5];
  },
};

export const PLANAR_CLASSIFICATION = { xor, circle, spiral: spiral(2), gaussian, moons, spiral3: spiral(3) };

/** `count` points split as evenly as possible between the classes, each jittered by the noise. */
export function planarClassification(task: PlanarTask, rng: Rng, count: number, noise: number): Samples {
  const inputs: number[][] = [];
  const labels: number[] = [];
  const jitter = noise * JITTER_AT_FULL_NOISE;
  for (let label = 0; label < task.classes; label++) {
    const n = Math.floor(count / task.classes) + (label < count % task.classes ? 1 : 0);
    for (let i = 0; i < n; i++) {
      const [x, y] = task.place(rng, label, i, n);
      inputs.push([x + jitter * rng.normal(), y + jitter * rng.normal()]);
      labels.push(label);
    }
  }
  return { kind: 'classification', classes: task.classes, inputs, labels };
}

/** y = sin(πx₁) · cos(πx₂ / 2) over the square, plus normal noise on the target. */
export function planarRegression(rng: Rng, count: number, noise: number): Samples {
  const inputs: number[][] = [];
  const targets: number[][] = [];
  const [min, max] = PLANAR_EXTENT;
  for (let i = 0; i < count; i++) {
    const x = min + (max - min) * rng.uniform();
    const y = min + (max - min) * rng.uniform();
    inputs.push([x, y]);
    targets.push([Math.sin(Math.PI * x) * Math.cos((Math.PI * y) / 2) + noise * JITTER_AT_FULL_NOISE * rng.normal()]);
  }
  return { kind: 'regression', inputs, targets };
}
