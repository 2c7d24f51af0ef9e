/**
 * `leakgraph people …`: look at the resolved identities and correct them. Corrections are stored
 * in the graph and applied on every resolve, so they survive re-ingest.
 */
import type { Command } from 'commander';
import neo4j, { type Driver } from 'neo4j-driver';

import { loadCypher } from '../../db/cypher.js';
import { connectDatabase } from '../../db/ensure.js';
import { identityService } from '../identity-service.js';
import { positiveInt } from '../options.js';
import { printJson, printTable, say } from '../output.js';
import { terminalText } from '../terminal-text.js';

async function withDriver<T>(work: (driver: Driver) => Promise<T>): Promise<T> {
  const { driver } = await connectDatabase({ autoStart: true, plainNumbers: true });
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}

async function showPerson(driver: Driver, ref: string, json: boolean): Promise<void> {
  const { records } = await driver.executeQuery(
    loadCypher('read/person-detail'),
    { ref },
    { routing: neo4j.routing.READ },
  );
  if (records.length === 0) throw new Error(`${ref}: no such person or address`);
  const person = records[0]!.toObject();
  if (json) return printJson(person);
  say(
    `${terminalText(String(person.name))} (${person.id}): ${person.sent ?? 0} sent, ${person.received ?? 0} received`,
  );
  printTable(person.addresses as Record<string, unknown>[], ['email', 'kind', 'reason']);
}

export function registerPeopleCommands(program: Command): void {
  const people = program
    .command('people')
    .description('the persons leakgraph resolved from addresses, and corrections to them');

  people
    .command('list')
    .description('persons by message volume')
    .option('--limit <n>', 'how many', positiveInt, 50)
    .option('--json', 'print JSON')
    .action((opts: { limit: number; json?: boolean }) =>
      withDriver(async (driver) => {
        const { records } = await driver.executeQuery(
          loadCypher('read/persons-by-volume'),
          { limit: neo4j.int(opts.limit) },
          { routing: neo4j.routing.READ },
        );
        const rows = records.map((r) => r.toObject());
        if (opts.json) printJson(rows);
        else printTable(rows, ['id', 'name', 'sent', 'received', 'addresses']);
      }),
    );

  people
    .command('show')
    .description('one person: names, addresses, and why each address belongs to it')
    .argument('<person>', 'person id (p-…) or one of its addresses')
    .option('--json', 'print JSON')
    .action((ref: string, opts: { json?: boolean }) =>
      withDriver((driver) => showPerson(driver, ref.startsWith('p-') ? ref : ref.toLowerCase(), !!opts.json)),
    );

  people
    .command('merge')
    .description('these are one person: merge the persons or addresses given (survives re-ingest)')
    .argument('<person...>', 'two or more person ids (p-…) or addresses')
    .option('--note <text>', 'why, for the record', '')
    .option('--json', 'print the merged person as JSON')
    .action((refs: string[], opts: { note: string; json?: boolean }) =>
      withDriver(async (driver) => {
        if (refs.length < 2) throw new Error('merge needs at least two persons or addresses');
        const { id, addresses } = await identityService(driver).correct('merge', refs, opts.note);
        say(`Recorded ${id}: ${addresses.length} addresses are one person (undo: leakgraph people undo ${id}).`);
        await showPerson(driver, addresses[0]!, !!opts.json);
      }),
    );

  people
    .command('split')
    .description('these addresses are a person of their own: take them out of the person they were merged into')
    .argument('<address...>', 'addresses to separate')
    .option('--note <text>', 'why, for the record', '')
    .option('--json', 'print the new person as JSON')
    .action((refs: string[], opts: { note: string; json?: boolean }) =>
      withDriver(async (driver) => {
        const { id, addresses } = await identityService(driver).correct('split', refs, opts.note);
        say(
          `Recorded ${id}: ${addresses.join(', ')} now form a person of their own (undo: leakgraph people undo ${id}).`,
        );
        await showPerson(driver, addresses[0]!, !!opts.json);
      }),
    );

  people
    .command('corrections')
    .description('the merges and splits recorded so far')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }) =>
      withDriver(async (driver) => {
        const { records } = await driver.executeQuery(
          loadCypher('read/corrections'),
          {},
          { routing: neo4j.routing.READ },
        );
        const rows = records.map((r) => r.toObject());
        if (opts.json) printJson(rows);
        else printTable(rows, ['id', 'kind', 'at', 'addresses', 'note']);
      }),
    );

  people
    .command('undo')
    .description('remove a correction and resolve again')
    .argument('<correction>', 'correction id (c-…)')
    .action((id: string) =>
      withDriver(async (driver) => {
        if (!(await identityService(driver).undo(id)))
          throw new Error(`${id}: no such correction (see \`leakgraph people corrections\`)`);
        say(`Removed ${id}; persons resolved again.`);
      }),
    );
}
