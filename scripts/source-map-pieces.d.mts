// Types for scripts/source-map-pieces.mjs, so TypeScript tests can import it.
export interface SourceMapSection {
  offset: { line: number; column: number };
  map: { sources: string[]; mappings: string };
}
export declare function piecesBySource(
  text: string,
  map: { sources?: string[]; mappings?: string; sections?: SourceMapSection[] },
): { source: string | undefined; text: string }[];
