// A namespace-aware judge of written XML: what Word would refuse (an unbound prefix, a mismatched
// end tag) is an error here too.
import { SaxesParser } from 'saxes';

/** The parser's errors for `xml` (none when it is well-formed with every prefix bound). */
export function namespaceErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => errors.push(e.message));
  parser.write(xml).close();
  return errors;
}
