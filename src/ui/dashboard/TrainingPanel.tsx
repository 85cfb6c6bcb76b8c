/** The right-hand column: training controls, charts, the run list and the depth experiment. */
export function TrainingPanel() {
  return <aside aria-label="Training" className="training-panel" />;
}
