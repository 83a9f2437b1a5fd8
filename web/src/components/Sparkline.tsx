interface Props {
  values: number[];
  label: string;
  width?: number;
  height?: number;
}

/** A small line chart of the latest values; the label is what screen readers hear. */
export function Sparkline({ values, label, width = 160, height = 40 }: Props) {
  if (values.length === 0) return <svg width={width} height={height} role="img" aria-label={label} />;
  const max = Math.max(...values);
  const min = Math.min(...values, 0);
  const range = max - min || 1;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(height - 2 - ((v - min) / range) * (height - 4)).toFixed(1)}`);
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <polyline points={points.join(' ')} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    </svg>
  );
}
