/**
 * Checks of the console's messages: both catalogues have the same keys, every key a component uses exists,
 * and no component shows a literal string (JSX text, a user-visible attribute, or a string in braces).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Attributes whose value a person sees or hears. */
const VISIBLE_ATTRIBUTES = new Set(['title', 'label', 'placeholder', 'aria-label', 'alt', 'okText', 'cancelText', 'description', 'extra', 'subTitle', 'tooltip', 'content', 'message', 'help']);

/**
 * The dotted keys of a catalogue.
 *
 * @param obj - a nested catalogue
 * @param prefix - key so far
 * @returns every leaf key
 */
export function flattenKeys(obj: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? flattenKeys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

/** What one source file uses and shows. */
export interface SourceFindings {
  /** Keys passed to `t('…')` as literals. */
  readonly keys: string[];
  /** Static prefixes of keys built with a template (`t(\`roles.${r}\`)` → `roles.`). */
  readonly prefixes: string[];
  /** Literal strings shown to a person, with their line. */
  readonly literals: string[];
}

/**
 * Scans one TSX/TS source.
 *
 * @param fileName - name (for line numbers in messages)
 * @param text - source text
 * @returns what it uses and shows
 */
export function scanSource(fileName: string, text: string): SourceFindings {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const keys: string[] = [];
  const prefixes: string[] = [];
  const literals: string[] = [];
  const where = (n: ts.Node): string => `${fileName}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const hasLetters = (s: string): boolean => /\p{L}/u.test(s);
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 't' && n.arguments[0]) {
      const a = n.arguments[0];
      if (ts.isStringLiteralLike(a)) keys.push(a.text);
      else if (ts.isTemplateExpression(a)) prefixes.push(a.head.text);
    }
    if (ts.isJsxText(n) && hasLetters(n.text.trim())) literals.push(`${where(n)} text ${JSON.stringify(n.text.trim())}`);
    if (ts.isJsxAttribute(n) && n.initializer) {
      const name = n.name.getText(sf);
      const init = n.initializer;
      const str = ts.isStringLiteral(init) ? init : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression) ? init.expression : null;
      if (str && VISIBLE_ATTRIBUTES.has(name) && hasLetters(str.text)) literals.push(`${where(n)} ${name}=${JSON.stringify(str.text)}`);
    }
    if (ts.isJsxExpression(n) && n.expression && ts.isStringLiteralLike(n.expression) && (ts.isJsxElement(n.parent) || ts.isJsxFragment(n.parent)) && hasLetters(n.expression.text)) {
      literals.push(`${where(n)} {${JSON.stringify(n.expression.text)}}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { keys, prefixes, literals };
}

/**
 * Every `.ts`/`.tsx` file under a folder (generated API types excluded).
 *
 * @param dir - the folder
 * @returns paths
 */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/**
 * Reads a catalogue.
 *
 * @param file - its path
 * @returns the nested object
 */
export function readCatalogue(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}
