// The reference of the CLI benchmark: a bare papaparse parse of a file, as a whole process
// (read, UTF-8 decode, Papa.parse with its defaults). Prints the number of rows parsed.
import { readFileSync } from 'node:fs';
import { TextDecoder } from 'node:util';
import Papa from 'papaparse';

const text = new TextDecoder().decode(readFileSync(process.argv[2]));
process.stdout.write(`${Papa.parse(text).data.length}\n`);
