'use client';

import { useEffect, useState } from 'react';
import { useLocationOrigin } from '@/components/ui/use-location';
import { addressOn } from '@/lib/site';

/** An address and its QR code, an SVG image as a data: URL. */
export interface ServedLink {
  address: string;
  qrCode: string;
}

/**
 * A site address and its QR code, on the origin the page is served from. Before hydration (and
 * without JavaScript) both are the build-time ones (SITE_URL), so a preview or a host with another
 * name still hands out a working link once the page runs.
 *
 * `address` is the served address at once; `shown` is the address and QR code to draw together:
 * the build-time pair until the new code is drawn, so the image and its text never disagree.
 */
export function useServedLink(
  path: string,
  built: ServedLink,
): { address: string; shown: ServedLink } {
  const origin = useLocationOrigin();
  const address = origin === null ? built.address : addressOn(origin, path);
  const [drawn, setDrawn] = useState<ServedLink | null>(null);

  useEffect(() => {
    if (address === built.address) return;
    let current = true;
    // The QR code library loads only here, when the page is served from another address than the
    // build's: a site built with the right SITE_URL loads no more JavaScript for it.
    void import('@/lib/quiz/qr')
      .then(({ qrCodeDataUrl }) => qrCodeDataUrl(address))
      .then((qrCode) => {
        if (current) setDrawn({ address, qrCode });
      });
    return () => {
      current = false;
    };
  }, [address, built.address]);

  return { address, shown: drawn?.address === address ? drawn : built };
}
