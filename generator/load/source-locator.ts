// Maps JSON pointers (into a contract as written) to file:line:column, following `$ref`s
// across files the way the parser resolved them, so diagnostics and IR source refs point
// at the text a person edits.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { fromPointer, toPointer } from '../diagnostics.js';

export interface Location {
  /** Relative to the contracts root, '/'-separated. */
  file: string;
  pointer: string;
  line: number;
  column: number;
}

interface ParsedYaml {
  root: Node | null;
  lines: LineCounter;
}

export class SourceLocator {
  private readonly cache = new Map<string, ParsedYaml | null>();

  constructor(private readonly root: string) {}

  /** Remember a file's text (already read by the loader) so it is not read twice. */
  register(absPath: string, text: string): void {
    this.cache.set(absPath, parse(text));
  }

  relative(absPath: string): string {
    return path.relative(this.root, absPath).split(path.sep).join('/');
  }

  /**
   * Locate `pointer` in `file` (relative to the root). `$ref`s met on the way are followed;
   * when `followFinalRef` is set a `$ref` at the target itself is followed too. When the
   * pointer goes further than the text (values added by resolution), the deepest node found wins.
   */
  locate(file: string, pointer: string, followFinalRef = true): Location {
    let abs = path.resolve(this.root, file);
    let segments = fromPointer(pointer);
    let walked: string[] = [];
    let best: Location = { file, pointer: '', line: 1, column: 1 };
    for (let hops = 0; hops < 32; hops++) {
      const doc = this.load(abs);
      if (!doc) return best;
      let node: Node | null = doc.root;
      const here = (): Location => ({ file: this.relative(abs), pointer: toPointer(walked), ...position(node, doc.lines) });
      let redirected = false;
      best = here();
      for (let i = 0; i <= segments.length && node; i++) {
        const ref = refOf(node);
        if (ref !== undefined && (i < segments.length || followFinalRef)) {
          const [target, frag = ''] = ref.split('#');
          abs = target ? path.resolve(path.dirname(abs), target) : abs;
          segments = [...fromPointer(frag), ...segments.slice(i)];
          walked = [];
          redirected = true;
          break;
        }
        if (i === segments.length) break;
        const next = child(node, segments[i]!);
        if (!next) return best;
        node = next;
        walked.push(segments[i]!);
        best = here();
      }
      if (!redirected) return best;
    }
    return best;
  }

  private load(abs: string): ParsedYaml | null {
    if (!this.cache.has(abs)) {
      let parsed: ParsedYaml | null;
      try {
        parsed = parse(readFileSync(abs, 'utf8'));
      } catch {
        parsed = null; // unreadable: locations fall back to the deepest node found so far
      }
      this.cache.set(abs, parsed);
    }
    return this.cache.get(abs) ?? null;
  }
}

function parse(text: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, keepSourceTokens: false, uniqueKeys: false });
  return { root: (doc.contents as Node | null) ?? null, lines };
}

function refOf(node: Node): string | undefined {
  if (!isMap(node)) return undefined;
  for (const pair of node.items) {
    if (isScalar(pair.key) && pair.key.value === '$ref' && isScalar(pair.value) && typeof pair.value.value === 'string') return pair.value.value;
  }
  return undefined;
}

function child(node: Node, segment: string): Node | null {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key) && String(pair.key.value) === segment) return (pair.value as Node | null) ?? (pair.key as Node);
    }
    return null;
  }
  if (isSeq(node)) {
    const item = node.items[Number(segment)];
    return item && typeof item === 'object' ? (item as Node) : null;
  }
  return null;
}

function position(node: Node | null, lines: LineCounter): { line: number; column: number } {
  const offset = node?.range?.[0] ?? 0;
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}
