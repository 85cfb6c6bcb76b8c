/** Generated rows before they are split and encoded for a network. */
export type Samples =
  | { kind: 'classification'; classes: number; inputs: number[][]; labels: number[]; classNames?: readonly string[] }
  | { kind: 'regression'; inputs: number[][]; targets: number[][] };
