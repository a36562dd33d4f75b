// The two small programs the packet proof runs inside the namespaces with the same Node.js: a listener that
// accepts TCP and echoes UDP on the probed ports (UDP bound to each address of the host, so that the answer leaves
// from the address asked, a remote end's too), and a prober that sends the probes of one source host.
// Kept as text so that they run the same from the sources and from the compiled build.

export const LISTENER = `
const net = require('node:net'); const dgram = require('node:dgram');
const spec = JSON.parse(process.argv[process.argv.length - 1]); let pending = spec.tcp.length + spec.udp.length;
const ready = () => { if (--pending === 0) process.stdout.write('ready\\n'); };
if (pending === 0) process.stdout.write('ready\\n');
for (const port of spec.tcp) { const s = net.createServer((c) => c.end()); s.listen({ port, host: '::', ipv6Only: false }, ready); }
const udpAt = (port, address) => { const s = dgram.createSocket({ type: address.includes(':') ? 'udp6' : 'udp4' }); s.on('message', (m, r) => s.send(m, r.port, r.address)); s.bind(port, address, ready); };
pending += spec.udp.length * (spec.addresses.length - 1);
for (const port of spec.udp) for (const address of spec.addresses) udpAt(port, address);
`;

export const PROBER = `
const net = require('node:net'); const dgram = require('node:dgram'); const { execFile } = require('node:child_process');
const { probes, timeoutMs, parallel } = JSON.parse(process.argv[process.argv.length - 1]);
function tcp(p) { return new Promise((done) => { const s = net.connect({ host: p.address, port: p.port, ...(p.source ? { localAddress: p.source } : {}) });
  const t = setTimeout(() => { s.destroy(); done(false); }, timeoutMs);
  s.on('connect', () => { clearTimeout(t); s.destroy(); done(true); });
  s.on('error', (e) => { clearTimeout(t); done(e.code === 'ECONNREFUSED'); }); }); }
function udp(p) { return new Promise((done) => { const s = dgram.createSocket(p.family === 'ipv6' ? 'udp6' : 'udp4'); let open = true;
  const end = (ok) => { if (!open) return; open = false; clearTimeout(t); clearTimeout(again); s.close(); done(ok); };
  const send = () => { if (open) s.send('hatang', p.port, p.address, () => {}); };
  const t = setTimeout(() => end(false), timeoutMs); const again = setTimeout(send, timeoutMs / 3);
  s.on('message', () => end(true)); s.on('error', () => {}); if (p.source) s.bind({ address: p.source }, send); else send(); }); }
function icmp(p) { return new Promise((done) => { execFile('ping', [p.family === 'ipv6' ? '-6' : '-4', ...(p.source ? ['-I', p.source] : []), '-c', '1', '-W', String(Math.ceil(timeoutMs / 1000)), p.address], (e) => done(!e)); }); }
(async () => { const out = new Array(probes.length); let next = 0;
  const worker = async () => { while (next < probes.length) { const i = next++; const p = probes[i];
    out[i] = p.protocol === 'tcp' ? await tcp(p) : p.protocol === 'udp' ? await udp(p) : await icmp(p); } };
  await Promise.all(Array.from({ length: parallel }, worker)); process.stdout.write(JSON.stringify(out)); })();
`;
