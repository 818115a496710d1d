// The quiz link as a QR code, an SVG image in a data: URL. The build draws one for SITE_URL (the page
// without JavaScript); the counselors' page draws one in the browser when it is served from another
// address. It is not in ./index.ts on purpose: the browser loads qrcode only when it needs it.
import { toString as qrToSvg } from 'qrcode';

/** An SVG QR code for the address, as a data: URL for an <img>: black on white, with a quiet zone. */
export async function qrCodeDataUrl(address: string): Promise<string> {
  const svg = await qrToSvg(address, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
