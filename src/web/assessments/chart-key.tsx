/**
 * A legend's sample of a line: dashed grey with a round marker for the earlier or her own rating, solid red
 * with a square marker for the later or the staff's. Decorative: the text beside it names the line.
 */
export function ChartKey({ kind }: { kind: 'from' | 'to' }) {
  return (
    <svg className="chart-key" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
      <line className={`chart-key__line chart-key__line--${kind}`} x1={0} y1={6} x2={28} y2={6} />
      {kind === 'from' ? (
        <circle className="chart-key__marker--from" cx={14} cy={6} r={4} />
      ) : (
        <rect className="chart-key__marker--to" x={10} y={2} width={8} height={8} />
      )}
    </svg>
  );
}
