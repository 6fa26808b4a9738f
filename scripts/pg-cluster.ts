import { startPgCluster } from '../test/support/pgCluster';

// `npm run pg-cluster` starts a throw-away PostgreSQL + PostGIS and prints its URL;
// `npm run pg-cluster -- <command…>` runs the command with DATABASE_URL set to it.
// Either way the cluster is stopped and removed on exit, Ctrl-C included.

const command = process.argv.slice(2);
const cluster = await startPgCluster();
console.log(`DATABASE_URL=${cluster.url}`);

if (command.length === 0) {
  console.log('Throw-away cluster running; Ctrl-C stops and removes it.');
  setInterval(() => undefined, 1 << 30);
} else {
  const { spawn } = await import('node:child_process');
  const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit', env: { ...process.env, DATABASE_URL: cluster.url } });
  child.on('exit', (code, signal) => {
    cluster.stop();
    process.exit(code ?? (signal ? 1 : 0));
  });
}
