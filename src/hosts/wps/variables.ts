// Document.Variables: strings saved inside the document (w:docVars), so marks' originals and the
// ignored findings survive closing and reopening. Item(name) throws for a missing variable, as in
// Word's object model, so every read is guarded.

import type { WpsVariables } from './api';

export function getVariable(vars: WpsVariables, name: string): string | undefined {
  try {
    return vars.Item(name).Value;
  } catch {
    return undefined;
  }
}

export function setVariable(vars: WpsVariables, name: string, value: string): void {
  if (getVariable(vars, name) !== undefined) vars.Item(name).Value = value;
  else vars.Add(name, value);
}

export function deleteVariable(vars: WpsVariables, name: string): void {
  if (getVariable(vars, name) !== undefined) vars.Item(name).Delete();
}

/** Every variable whose name starts with `prefix`, as name → value. */
export function variablesWith(vars: WpsVariables, prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 1; i <= vars.Count; i++) {
    const v = vars.Item(i);
    if (v.Name.startsWith(prefix)) out.set(v.Name, v.Value);
  }
  return out;
}
