// scripts/size-next.mjs counts the kit's bytes in a Next.js build by the source each byte maps to.
import { piecesBySource } from '../../scripts/source-map-pieces.mjs';

describe('piecesBySource', () => {
  it('cuts a sectioned map (one section per module, as Turbopack writes) at each module and line', () => {
    const text = 'PREaaaabbbb\ncc';
    const map = {
      sections: [
        { offset: { line: 0, column: 3 }, map: { sources: ['a.js'], mappings: 'AAAA' } },
        { offset: { line: 0, column: 7 }, map: { sources: ['b.js', 'c.js'], mappings: 'AAAA;ACAA' } },
      ],
    };
    expect(piecesBySource(text, map)).toEqual([
      { source: undefined, text: 'PRE' },
      { source: 'a.js', text: 'aaaa' },
      { source: 'b.js', text: 'bbbb\n' },
      { source: 'c.js', text: 'cc' },
    ]);
  });

  it('reads multi-digit and negative VLQ deltas and unmapped segments in a plain map', () => {
    // Columns 0 (one.js), 16 (+1 source: two.js), 18 (-1 source: one.js), 20 (no source).
    const text = `${'x'.repeat(16)}yyzzww`;
    const map = { sources: ['one.js', 'two.js'], mappings: 'AAAA,gBCAA,EDAA,E' };
    expect(piecesBySource(text, map)).toEqual([
      { source: 'one.js', text: 'x'.repeat(16) },
      { source: 'two.js', text: 'yy' },
      { source: 'one.js', text: 'zz' },
      { source: undefined, text: 'ww' },
    ]);
  });

  it('loses no byte of the chunk', () => {
    const text = 'ab\ncd\nef';
    const map = { sources: ['s.js'], mappings: 'CAAA;;AAAA' };
    expect(
      piecesBySource(text, map)
        .map((piece) => piece.text)
        .join(''),
    ).toBe(text);
  });
});
