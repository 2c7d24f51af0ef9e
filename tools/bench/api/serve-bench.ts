/**
 * The API server the benchmark drives, in its own process so the load generator does not share
 * its event loop: serves the TEST database on 127.0.0.1 (a free port) and prints the port.
 */
import type { AddressInfo } from 'node:net';

import { instanceConnection, openDriver } from '../../../db/connection.js';
import { testInstance } from '../../../db/instance.js';
import { createApp } from '../../../server/app.js';

const driver = openDriver(instanceConnection(testInstance()), { plainNumbers: true });
const server = createApp({ driver, log: (e) => console.error(e) }).listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
