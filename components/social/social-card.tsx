/** The 1200x630 social preview, rendered to PNG at build time by next/og (inline styles only). */
export function SocialCard({
  title,
  subtitle,
  siteName,
}: {
  title: string;
  subtitle: string;
  siteName: string;
}) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px',
        background: '#0f172a',
        color: '#f8fafc',
      }}
    >
      <div style={{ display: 'flex', gap: '16px' }}>
        <div
          style={{ width: '28px', height: '28px', background: '#5eead4', borderRadius: '6px' }}
        />
        <div
          style={{ width: '28px', height: '28px', background: '#c4b5fd', borderRadius: '6px' }}
        />
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: '24px' }}>
        <div style={{ fontSize: '68px', fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        <div style={{ fontSize: '34px', color: '#cbd5e1' }}>{subtitle}</div>
      </div>
      <div style={{ fontSize: '30px', color: '#94a3b8' }}>{siteName}</div>
    </div>
  );
}
