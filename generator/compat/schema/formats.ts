// How a change of `format` is judged. Herald's validators assert formats (ajv-formats), so a
// format is a constraint like `pattern`: adding one narrows the schema, removing one widens
// it, and replacing one is compatible only in the direction where every value of the one
// format is also a value of the other (e.g. every `uri` is a `uri-reference`).

/** Pairs [narrower, wider]: every string valid for the first format is valid for the second. */
const SUBSUMED: ReadonlyArray<readonly [string, string]> = [
  ['email', 'idn-email'],
  ['hostname', 'idn-hostname'],
  ['uri', 'uri-reference'],
  ['uri', 'iri'],
  ['uri', 'iri-reference'],
  ['uri-reference', 'iri-reference'],
  ['iri', 'iri-reference'],
  ['date-time', 'iso-date-time'],
  ['time', 'iso-time'],
  ['int32', 'int64'],
  ['float', 'double'],
];

export type FormatRelation = 'same' | 'wider' | 'narrower' | 'unrelated';

/** How format `to` relates to format `from`: 'wider' when every `from` value is a `to` value. */
export function relateFormats(from: string, to: string): FormatRelation {
  if (from === to) return 'same';
  if (SUBSUMED.some(([a, b]) => a === from && b === to)) return 'wider';
  if (SUBSUMED.some(([a, b]) => a === to && b === from)) return 'narrower';
  return 'unrelated';
}

export const FORMAT_SUBSUMPTIONS = SUBSUMED;
