import { formatMessage } from '@/lib/i18n';
import type { ServedLink } from './use-served-link';

/** The quiz's QR code, named by the address it opens. The size and layout classes are the caller's. */
export function QuizQrCode({
  shown,
  size,
  className,
  alt,
}: {
  shown: ServedLink;
  size: number;
  className: string;
  /** "QR code that opens {address}". */
  alt: string;
}) {
  return (
    // A data: URL image: next/image adds nothing for an inline SVG.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={shown.qrCode}
      alt={formatMessage(alt, { address: shown.address })}
      width={size}
      height={size}
      className={`shrink-0 rounded-sm bg-white ${className}`}
    />
  );
}
