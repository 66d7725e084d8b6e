// For scripts/size-next.mjs: a bundler chunk split by the original source each byte maps to, from its source map
// (plain or sectioned, as Turbopack writes one section per module). Decodes only what that needs.
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The fields of one source-map segment (base64 VLQ). */
function segmentFields(segment) {
  const fields = [];
  let value = 0;
  let shift = 0;
  for (const character of segment) {
    const digit = BASE64.indexOf(character);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

/** `text` cut at every mapping: each piece runs to the next mapping and names its source (undefined if unmapped). */
export function piecesBySource(text, map) {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index += 1) if (text[index] === '\n') lineStarts.push(index + 1);
  const marks = [[0, undefined]]; // [offset in text, source]; a bundler's prelude has no mapping
  for (const { offset, map: section } of map.sections ?? [{ offset: { line: 0, column: 0 }, map }]) {
    let sourceIndex = 0;
    section.mappings.split(';').forEach((line, lineIndex) => {
      let column = 0;
      for (const segment of line.split(',').filter(Boolean)) {
        const [columnDelta, sourceDelta] = segmentFields(segment);
        column += columnDelta;
        if (sourceDelta !== undefined) sourceIndex += sourceDelta;
        const start = lineStarts[offset.line + lineIndex] + column + (lineIndex === 0 ? offset.column : 0);
        marks.push([start, sourceDelta === undefined ? undefined : section.sources[sourceIndex]]);
      }
    });
  }
  marks.sort((a, b) => a[0] - b[0]);
  return marks
    .map(([start, source], index) => ({ source, text: text.slice(start, marks[index + 1]?.[0] ?? text.length) }))
    .filter((piece) => piece.text !== '');
}
