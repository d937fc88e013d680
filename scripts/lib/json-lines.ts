/**
 * Line numbers for JSON values, so that a maintainer's tool can say "campaigns/x.json:14"
 * instead of "signatures[2].groups[0]". Owns a small position scan over JSON text that
 * `JSON.parse` has already accepted; must not be used as a parser (it trusts its input).
 */

/** A value's path as zod reports it, joined with dots: `signatures.2.groups.0`. */
export type JsonPath = readonly PropertyKey[];

export function pathKey(path: JsonPath): string {
  return path.map(String).join('.');
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** 1-based line of a character offset. */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export class JsonLines {
  private readonly lines = new Map<string, number>();

  constructor(text: string) {
    const starts = lineStarts(text);
    let i = 0;
    const skipSpace = (): void => {
      while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff) break;
        i++;
      }
    };
    const readString = (): string => {
      const start = i;
      i++; // opening quote
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      return JSON.parse(text.slice(start, i)) as string;
    };
    // Iterative walk with an explicit stack: deep nesting cannot overflow the call stack.
    type Frame = { kind: 'object' | 'array'; path: PropertyKey[]; index: number };
    const stack: Frame[] = [];
    const record = (path: PropertyKey[]): void => {
      this.lines.set(pathKey(path), lineAt(starts, i));
    };
    const startValue = (path: PropertyKey[]): void => {
      skipSpace();
      record(path);
      const c = text[i];
      if (c === '{') {
        i++;
        stack.push({ kind: 'object', path, index: 0 });
      } else if (c === '[') {
        i++;
        stack.push({ kind: 'array', path, index: 0 });
      } else if (c === '"') {
        readString();
      } else {
        while (i < text.length && !',]}'.includes(text[i]!) && !/\s/.test(text[i]!)) i++;
      }
    };
    startValue([]);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      skipSpace();
      const c = text[i];
      if (c === '}' || c === ']' || c === undefined) {
        i++;
        stack.pop();
        continue;
      }
      if (c === ',') {
        i++;
        continue;
      }
      if (top.kind === 'array') {
        startValue([...top.path, top.index++]);
      } else {
        const keyLine = lineAt(starts, i);
        const key = readString();
        skipSpace();
        i++; // colon
        const path = [...top.path, key];
        startValue(path);
        // A key's line is where the key is written, not where its value starts.
        this.lines.set(pathKey(path), keyLine);
      }
    }
  }

  /** Line of the value at `path`, or of its nearest ancestor that has one. */
  lineOf(path: JsonPath): number {
    for (let n = path.length; n >= 0; n--) {
      const line = this.lines.get(pathKey(path.slice(0, n)));
      if (line !== undefined) return line;
    }
    return 1;
  }
}

/** The line of a `JSON.parse` syntax error, from the position V8 puts in its message. */
export function syntaxErrorLine(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : '';
  const lineCol = /line (\d+) column \d+/.exec(message);
  if (lineCol) return Number(lineCol[1]);
  const position = /position (\d+)/.exec(message);
  if (position) return lineAt(lineStarts(text), Number(position[1]));
  return 1;
}
