import { readFileSync } from 'node:fs';
import { isDossierParseError, parseDossierBytes, summarizeDossier } from './index';

const USAGE = 'usage: dossier parse <file> [--json]';

function main(argv: readonly string[]): number {
  const args = argv.filter((a) => a !== '--json');
  const json = argv.includes('--json');
  if (args.length !== 2 || args[0] !== 'parse' || args[1].startsWith('-')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const file = args[1];
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    process.stderr.write(
      `dossier: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  try {
    const dossier = parseDossierBytes(bytes);
    if (json) process.stdout.write(`${JSON.stringify(dossier, null, 2)}\n`);
    else process.stdout.write(`${summarizeDossier(dossier).lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    if (isDossierParseError(error)) {
      process.stderr.write(`dossier: ${file}: ${error.message} [${error.code}]\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
