// The quiz link as a QR code, drawn at build time so the page ships a plain SVG image.
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
