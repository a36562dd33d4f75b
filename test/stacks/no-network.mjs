// Preloaded (NODE_OPTIONS=--import) into the cdktf CLI and the app by test/stacks/offline.test.ts: every attempt to
// open a network connection is written to HATANG_NET_LOG and fails at once, as it would offline. Local sockets pass.
import { appendFileSync } from 'node:fs';
import net from 'node:net';

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const options = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (options && typeof options === 'object' && options.path) return connect.apply(this, args);
  const target = options && typeof options === 'object' ? `${options.host}:${options.port}` : args.slice(0, 2).join(':');
  appendFileSync(process.env.HATANG_NET_LOG, `${target}\n`);
  process.nextTick(() => this.destroy(Object.assign(new Error(`network disabled: ${target}`), { code: 'ENETUNREACH' })));
  return this;
};
