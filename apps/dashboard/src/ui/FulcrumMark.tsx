/** The product mark: a lever on its fulcrum. */
export function FulcrumMark({ size = 28 }: { size?: number }) {
  return (
    <svg viewBox="0 0 32 32" width={size} height={size} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="currentColor" opacity="0.16" />
      <path d="M5 13.5 27 9" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" />
      <path d="M16 12.2 21.5 24h-11L16 12.2Z" fill="#f2a900" />
    </svg>
  );
}
