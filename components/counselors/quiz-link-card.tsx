/** The quiz address as text and as a QR code image (drawn at build time), with a download link. */
export function QuizLinkCard({ address, qrCode }: { address: string; qrCode: string }) {
  return (
    <div className="mt-4 flex flex-col gap-6 rounded-lg border border-slate-200 p-5 sm:flex-row sm:items-center dark:border-slate-700">
      {/* A data: URL image: next/image adds nothing for an inline SVG. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={qrCode}
        alt={`QR code that opens ${address}`}
        width={192}
        height={192}
        className="size-48 shrink-0 self-center rounded-sm bg-white"
      />
      <div className="min-w-0 space-y-3">
        <p>
          Quiz link:{' '}
          <a href={address} className="font-mono break-all">
            {address}
          </a>
        </p>
        <p>
          Show the code on a screen or print it: students scan it with their phone camera to open
          the quiz.
        </p>
        <p>
          <a href={qrCode} download="coder-or-biller-quiz-qr.svg">
            Download the QR code (SVG image)
          </a>
        </p>
      </div>
    </div>
  );
}
