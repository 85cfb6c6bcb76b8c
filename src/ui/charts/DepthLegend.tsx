import { depthGradientCss } from './palette.ts';

/** The key to the gradient chart's colours: dark for the first layer, bright for the last. */
export function DepthLegend({ layers }: { layers: number }) {
  return (
    <div className="depth-legend" title={`${layers} dense layers, coloured by depth`}>
      <span>first layer</span>
      <span className="depth-legend__ramp" style={{ background: depthGradientCss() }} aria-hidden="true" />
      <span>last layer ({layers})</span>
    </div>
  );
}
