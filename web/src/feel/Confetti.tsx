import type { CSSProperties } from 'react';

const COLOURS = ['#e63946', '#f4a261', '#2a9d8f', '#457b9d', '#9b5de5', '#ffbe0b'];

/** A burst of paper bits that falls and fades within a second and a half (hidden with reduced motion). */
export function Confetti({ pieces = 18 }: { pieces?: number }) {
  return (
    <div className="confetti" aria-hidden="true" data-testid="confetti">
      {Array.from({ length: pieces }, (_, i) => (
        <span
          key={i}
          style={
            {
              '--x': `${((i * 37) % 100) - 50}vw`,
              '--spin': `${(i % 2 ? 1 : -1) * (180 + ((i * 53) % 360))}deg`,
              '--delay': `${(i % 6) * 0.04}s`,
              background: COLOURS[i % COLOURS.length],
            } as CSSProperties
          }
        />
      ))}
    </div>
  );
}
