import type { ReactNode } from 'react';
import { describeBars, type BarChartLayout, type BarTone } from '@/lib/charts';

// Text and lines use currentColor, so they follow the theme and print black. Bars use the site's
// coder and biller colours (which switch in dark mode), with print forcing the light-theme shades.
const BAR_CLASS: Readonly<Record<BarTone, string>> = {
  coder: 'fill-coder print:fill-teal-700',
  biller: 'fill-biller print:fill-violet-700',
  neutral: '',
};

const percent = (value: number) => `${Number(value.toFixed(3))}%`;

/**
 * A horizontal bar chart drawn on the server. Every position comes from layoutBarChart(); this
 * component only maps them to SVG. The figure's caption names the chart, a note says how to read
 * it, and `children` (the data table) gives every value with its source.
 */
export function BarChart({
  id,
  title,
  note,
  layout,
  children,
}: {
  id: string;
  title: string;
  note: ReactNode;
  layout: BarChartLayout;
  children: ReactNode;
}) {
  const titleId = `${id}-title`;
  const noteId = `${id}-note`;
  const valuesId = `${id}-values`;
  return (
    // data-sourced: the figure holds the data table that gives every bar's source and date.
    <figure data-sourced="" className="mt-6 break-inside-avoid" aria-labelledby={titleId}>
      <figcaption>
        <span id={titleId} className="block text-lg font-semibold">
          {title}
        </span>
        <span
          id={noteId}
          className="mt-1 block text-slate-700 dark:text-slate-300 print:text-black"
        >
          {note}
        </span>
      </figcaption>
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={`${noteId} ${valuesId}`}
        width="100%"
        height={layout.height}
        fontSize={layout.fontSize}
        className="mt-4 max-w-2xl overflow-visible [print-color-adjust:exact]"
      >
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            {layout.bars.map((bar) => (
              <line
                key={bar.id}
                x1={percent(tick.x)}
                x2={percent(tick.x)}
                y1={bar.bandTop}
                y2={bar.bandBottom}
                stroke="currentColor"
                strokeOpacity={0.2}
              />
            ))}
            <line
              x1={percent(tick.x)}
              x2={percent(tick.x)}
              y1={layout.plotBottom}
              y2={layout.tickMarkEnd}
              stroke="currentColor"
            />
            <text x={percent(tick.x)} y={layout.tickLabelY} textAnchor="middle" fill="currentColor">
              {tick.label}
            </text>
          </g>
        ))}
        <line
          x1="0"
          x2="100%"
          y1={layout.plotBottom}
          y2={layout.plotBottom}
          stroke="currentColor"
          strokeOpacity={0.5}
        />
        {layout.bars.map((bar) => (
          <g key={bar.id} data-bar={bar.id}>
            <text fill="currentColor" fontWeight={600}>
              {bar.labelLines.map((line) => (
                <tspan key={line.y} x="0" y={line.y}>
                  {line.text}
                </tspan>
              ))}
            </text>
            <text fill="currentColor" fillOpacity={0.8} fontSize={layout.detailFontSize}>
              {bar.detailLines.map((line) => (
                <tspan key={line.y} x="0" y={line.y}>
                  {line.text}
                </tspan>
              ))}
            </text>
            <rect
              x={percent(bar.x)}
              width={percent(bar.width)}
              y={bar.y}
              height={bar.height}
              rx={2}
              className={BAR_CLASS[bar.tone]}
              fill="currentColor"
              fillOpacity={bar.tone === 'neutral' ? 0.55 : 1}
            />
            <text
              x={percent(bar.valueX)}
              dx={bar.valueDx}
              y={bar.valueY}
              dominantBaseline="central"
              textAnchor={bar.valueAnchor}
              fill="currentColor"
              fontWeight={600}
            >
              {bar.valueLabel}
            </text>
          </g>
        ))}
        {layout.bars.map((bar) => (
          <line
            key={bar.id}
            data-zero-line={bar.id}
            x1={percent(layout.zeroX)}
            x2={percent(layout.zeroX)}
            y1={bar.bandTop}
            y2={bar.bandBottom}
            stroke="currentColor"
            strokeWidth={1.5}
          />
        ))}
      </svg>
      <p id={valuesId} className="sr-only">
        {describeBars(layout.bars)}
      </p>
      {children}
    </figure>
  );
}
