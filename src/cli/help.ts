// The help a command prints, in the language of CliText: commander lays out English titles,
// `[options]`, English placeholders and pads by characters (a Chinese character takes two columns
// in a terminal), so the layout is done here from commander's lists of what is visible.

import type { Argument, Command, Help, Option } from 'commander';
import type { CliText } from './messages';

/** Columns a string takes in a terminal: CJK and full-width forms take two. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** "check", "review" or "" for gouji itself: the key of a command's texts. */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Placeholders and argument names in `term` ("--previous <file>") in the help's language. */
export function localTerm(text: CliText, term: string): string {
  return term.replace(/<[^>]+>|\[[^\]]+\]/g, (p) => {
    const inner = p.slice(1, -1);
    const dots = inner.endsWith('...') ? '...' : '';
    const name = dots ? inner.slice(0, -3) : inner;
    const local = text.terms[p] ?? text.terms[name];
    if (local === undefined) return p;
    return local.startsWith('<') ? local : `${p[0]}${local}${dots}${p[p.length - 1]}`;
  });
}

function argumentTerm(text: CliText, arg: Argument): string {
  const name = arg.name();
  const shown = `${text.terms[name] ?? name}${arg.variadic ? '...' : ''}`;
  return arg.required ? `<${shown}>` : `[${shown}]`;
}

/** "-o, --output <文件>" */
export function optionTerm(text: CliText, option: Option): string {
  return localTerm(text, option.flags);
}

function optionKey(option: Option): string {
  return option.long ?? option.short ?? option.flags;
}

function describe(text: CliText, key: string, registered: string): string {
  return text.descriptions[key] ?? registered;
}

/** "check [选项] <文件或文件夹...>" as the list of commands shows it. */
function subcommandTerm(text: CliText, sub: Command): string {
  const args = sub.registeredArguments.map((a) => argumentTerm(text, a)).join(' ');
  return [sub.name(), sub.options.length > 0 ? text.optionsWord : '', args]
    .filter((s) => s !== '')
    .join(' ');
}

function usageLine(text: CliText, cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  const args = cmd.registeredArguments.map((a) => argumentTerm(text, a));
  const commands = cmd.commands.length > 0 ? [text.commandWord] : [];
  return [...names, text.optionsWord, ...commands, ...args].join(' ');
}

function items(rows: readonly Row[], width: number): string[] {
  return rows.map(([term, description]) =>
    description ? `  ${pad(term, width)}  ${description}` : `  ${term}`,
  );
}

type Row = readonly [string, string];

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : [title, ...lines, ''];
}

/** The whole help of `cmd`, ending with its examples and exit codes. */
export function formatHelp(text: CliText, cmd: Command, helper: Help): string {
  const path = commandPath(cmd);
  const prefix = path === '' ? '' : `${path} `;
  const argumentRows = helper
    .visibleArguments(cmd)
    .map((a): Row => [
      argumentTerm(text, a),
      describe(text, `${path} <${a.name()}>`, a.description),
    ]);
  const optionRows = (options: Option[]): Row[] =>
    options.map((o) => [
      optionTerm(text, o),
      describe(text, `${prefix}${optionKey(o)}`.trim(), o.description ?? ''),
    ]);
  const globalRows = helper
    .visibleGlobalOptions(cmd)
    .map((o): Row => [optionTerm(text, o), o.description ?? '']);
  const commandRows = helper
    .visibleCommands(cmd)
    .map((sub): Row => [
      subcommandTerm(text, sub),
      describe(text, `${prefix}${sub.name()}`, sub.description()),
    ]);
  const optionRowsHere = optionRows(helper.visibleOptions(cmd));
  // One column for every list, as commander does: the help reads as one table.
  const width = Math.max(
    0,
    ...[argumentRows, optionRowsHere, globalRows, commandRows].flatMap((rows) =>
      rows.map(([term]) => displayWidth(term)),
    ),
  );
  const examples = text.examples[path] ?? [];
  const exampleWidth = Math.max(0, ...examples.map(([e]) => displayWidth(e)));
  const description = describe(text, path, cmd.description());
  const lines = [
    `${text.titles.usage}${usageLine(text, cmd)}`,
    '',
    ...(description ? [description, ''] : []),
    ...section(text.titles.arguments, items(argumentRows, width)),
    ...section(text.titles.options, items(optionRowsHere, width)),
    ...section(text.titles.globalOptions, items(globalRows, width)),
    ...section(text.titles.commands, items(commandRows, width)),
    ...section(
      text.titles.examples,
      examples.map(([e, why]) => (why ? `  ${pad(e, exampleWidth)}  # ${why}` : `  ${e}`)),
    ),
    ...section(
      text.titles.exitCodes,
      (text.exitCodes[path] ?? []).map((e) => `  ${e}`),
    ),
  ];
  return lines.join('\n');
}
