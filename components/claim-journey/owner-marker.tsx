import type { ClaimStepOwner } from '@/lib/content/vocabulary';

// Each owner has its own shape, so the coder's and biller's steps never depend on colour alone:
// coder a square, biller a circle. Coder and biller use the site's track colours; the others are
// neutral (currentColor), which follows the theme and prints black.
const SHAPES: Readonly<Record<ClaimStepOwner, React.ReactNode>> = {
  'front-office': <polygon points="10,2 18,17 2,17" />,
  provider: <path d="M7 2h6v5h5v6h-5v5H7v-5H2V7h5z" />,
  coder: <rect x="3" y="3" width="14" height="14" />,
  biller: <circle cx="10" cy="10" r="7.5" />,
  payer: <polygon points="10,1.5 18.5,10 10,18.5 1.5,10" />,
  patient: <polygon points="2,3 18,3 10,18" />,
};

const FILL: Readonly<Record<ClaimStepOwner, string>> = {
  'front-office': '',
  provider: '',
  coder: 'fill-coder print:fill-teal-700',
  biller: 'fill-biller print:fill-violet-700',
  payer: '',
  patient: '',
};

/** The owner's shape, as decoration next to the owner's name. */
export function OwnerMarker({
  owner,
  className = '',
}: {
  owner: ClaimStepOwner;
  className?: string;
}) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 20 20"
      className={`inline-block size-5 shrink-0 [print-color-adjust:exact] ${className}`}
    >
      <g className={FILL[owner]} fill="currentColor" fillOpacity={FILL[owner] === '' ? 0.65 : 1}>
        {SHAPES[owner]}
      </g>
    </svg>
  );
}
