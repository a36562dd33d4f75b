// The laboratory on the machine: one network namespace per host and one for the firewall, joined by veth pairs,
// the real nftables ruleset loaded in the firewall's namespace. Everything it creates carries one unique name
// prefix and is removed at the end, on failure and on SIGINT/SIGTERM (deleting a namespace deletes its links).
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LabHost } from './lab.js';
import { LISTENER, PROBER } from './probe-scripts.js';

function run(cmd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${cmd} ${args.slice(0, 4).join(' ')}: ${(stderr.trim() || error.message).slice(0, 2000)}`));
      else resolve(stdout);
    });
  });
}

/** Why this process cannot build the laboratory, or undefined when it can. */
export function labUnavailable(): string | undefined {
  for (const tool of [
    ['ip', '-V'],
    ['nft', '--version'],
    ['ping', '-V'],
  ] as const) {
    try {
      execFileSync(tool[0], [tool[1]], { stdio: 'ignore' });
    } catch {
      return `${tool[0]} is not installed (apt-get install iproute2 nftables iputils-ping)`;
    }
  }
  const probe = `hfwcheck${randomBytes(3).toString('hex')}`;
  try {
    execFileSync('ip', ['netns', 'add', probe], { stdio: 'ignore' });
    execFileSync('ip', ['netns', 'del', probe], { stdio: 'ignore' });
  } catch {
    return 'this process lacks CAP_NET_ADMIN (network namespaces cannot be created); run as root or in a privileged container';
  }
  return undefined;
}

export interface ProbeRequest {
  readonly address: string;
  readonly family: 'ipv4' | 'ipv6';
  readonly protocol: 'tcp' | 'udp' | 'icmp';
  readonly port?: number;
  /** Source address to send from (a remote end carried by the host). */
  readonly source?: string;
}

export class Laboratory {
  readonly prefix = `hfw${randomBytes(3).toString('hex')}`;
  readonly namespaces: string[] = [];
  private readonly children: ChildProcess[] = [];
  private readonly dir = mkdtempSync(join(tmpdir(), 'hatang-prove-'));
  private readonly onSignal = (signal: NodeJS.Signals) => {
    this.cleanup();
    process.kill(process.pid, signal);
  };

  constructor() {
    process.once('SIGINT', this.onSignal);
    process.once('SIGTERM', this.onSignal);
  }

  get firewall(): string {
    return `${this.prefix}-fw`;
  }

  private async addNamespace(name: string): Promise<void> {
    await run('ip', ['netns', 'add', name]);
    this.namespaces.push(name);
    // No duplicate address detection: link-local addresses would stay tentative for a second and IPv6 probes fail.
    await run('ip', ['netns', 'exec', name, 'sysctl', '-qw', 'net.ipv6.conf.all.accept_dad=0', 'net.ipv6.conf.default.accept_dad=0']);
    await run('ip', ['-n', name, 'link', 'set', 'lo', 'up']);
  }

  /** Builds the firewall and one namespace per host; returns the namespace of each host. */
  async build(hosts: readonly LabHost[]): Promise<Map<string, string>> {
    const fw = this.firewall;
    await this.addNamespace(fw);
    await run('ip', ['netns', 'exec', fw, 'sysctl', '-qw', 'net.ipv4.ip_forward=1', 'net.ipv6.conf.all.forwarding=1']);
    const names = new Map<string, string>();
    for (const [i, host] of hosts.entries()) {
      const ns = `${this.prefix}-h${i}`;
      await this.addNamespace(ns);
      names.set(host.end, ns);
      await run('ip', ['link', 'add', 'name', 'eth0', 'netns', ns, 'type', 'veth', 'peer', 'name', `h${i}`, 'netns', fw]);
      await run('ip', ['-n', ns, 'link', 'set', 'eth0', 'up']);
      await run('ip', ['-n', fw, 'link', 'set', `h${i}`, 'up']);
      for (const family of ['ipv4', 'ipv6'] as const) {
        const a = host[family];
        if (!a) continue;
        const v = family === 'ipv4' ? '-4' : '-6';
        const extra = family === 'ipv6' ? ['nodad'] : [];
        await run('ip', [v, '-n', ns, 'addr', 'add', `${a.host}/${a.length}`, 'dev', 'eth0', ...extra]);
        await run('ip', [v, '-n', fw, 'addr', 'add', `${a.gateway}/${a.length}`, 'dev', `h${i}`, ...extra]);
        await run('ip', [v, '-n', ns, 'route', 'add', 'default', 'via', a.gateway]);
      }
    }
    return names;
  }

  /** Puts a remote end's address on the host of the network it is behind, routed there by the firewall. On the
   *  loopback, so that the host's own traffic keeps its own source address. */
  async addRemote(ns: string, behind: LabHost, remote: LabHost): Promise<void> {
    for (const family of ['ipv4', 'ipv6'] as const) {
      const a = remote[family];
      const via = behind[family];
      if (!a || !via) continue;
      const v = family === 'ipv4' ? '-4' : '-6';
      const host = `${a.host}/${family === 'ipv4' ? 32 : 128}`;
      await run('ip', [v, '-n', ns, 'addr', 'add', host, 'dev', 'lo', ...(family === 'ipv6' ? ['nodad'] : [])]);
      await run('ip', [v, '-n', this.firewall, 'route', 'add', host, 'via', via.host]);
    }
  }

  async loadRuleset(ruleset: string): Promise<void> {
    const file = join(this.dir, 'ruleset.nft');
    writeFileSync(file, ruleset);
    await run('ip', ['netns', 'exec', this.firewall, 'nft', '-f', file]);
  }

  /** Starts a listener for these ports in the namespace and waits until it is bound. */
  listen(ns: string, ports: { tcp: number[]; udp: number[]; addresses: string[] }): Promise<void> {
    const child = spawn('ip', ['netns', 'exec', ns, process.execPath, '-e', LISTENER, JSON.stringify(ports)], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.children.push(child);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`listener in ${ns} not ready after 10 s`)), 10_000);
      child.stdout.on('data', (d: Buffer) => {
        if (!d.toString().includes('ready')) return;
        clearTimeout(timer);
        resolve();
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`listener in ${ns} exited with ${code}`));
      });
    });
  }

  async probe(ns: string, probes: readonly ProbeRequest[], timeoutMs: number, parallel: number): Promise<boolean[]> {
    const out = await run('ip', ['netns', 'exec', ns, process.execPath, '-e', PROBER, JSON.stringify({ probes, timeoutMs, parallel })]);
    return JSON.parse(out) as boolean[];
  }

  /** Removes every process, namespace (and so every link) and file of this run. Safe to call more than once. */
  cleanup(): void {
    process.removeListener('SIGINT', this.onSignal);
    process.removeListener('SIGTERM', this.onSignal);
    for (const child of this.children.splice(0)) child.kill('SIGKILL');
    for (const ns of this.namespaces.splice(0).reverse()) {
      try {
        execFileSync('ip', ['netns', 'del', ns], { stdio: 'ignore' });
      } catch {
        // already gone
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The namespaces a run of this process left behind (for tests): names starting with the prefix. */
export function namespacesWithPrefix(prefix: string): string[] {
  const out = execFileSync('ip', ['netns', 'list'], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((l) => l.split(' ')[0] ?? '')
    .filter((n) => n.startsWith(prefix));
}
