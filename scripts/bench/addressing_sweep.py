#!/usr/bin/env python3
"""Peer of the addressing benchmark: Python's ipaddress with a sorted sweep (standard library only).

Reads the TSV of scripts/bench/addressing-gen.mjs, parses every prefix with ipaddress.ip_network(strict=True),
sorts by (version, network address, prefix length) and sweeps with a stack of containing prefixes, as hatang does.
Prints one JSON line: phase times (s, wall), CPU time of the whole process (s), overlapping pairs, digest of the sorted pair list, peak RSS (MiB).
"""
import hashlib
import ipaddress
import json
import resource
import sys
import time


def main() -> None:
    path = sys.argv[1]
    pairs_out = sys.argv[2] if len(sys.argv) > 2 else None
    t0 = time.perf_counter()
    with open(path, encoding="latin-1") as f:
        lines = f.read().split("\n")
    t1 = time.perf_counter()
    nets = []
    for line in lines:
        if not line:
            continue
        ident, _agency, _province, prefix = line.split("\t")
        net = ipaddress.ip_network(prefix, strict=True)
        nets.append((net.version, int(net.network_address), net.prefixlen, int(ident), net))
    t2 = time.perf_counter()
    nets.sort(key=lambda n: (n[0], n[1], n[2], n[3]))
    pairs = []
    stack = []
    for version, _addr, _plen, ident, net in nets:
        while stack and not (stack[-1][0] == version and net.subnet_of(stack[-1][2])):
            stack.pop()
        for _v, other, _n in stack:
            pairs.append((min(other, ident), max(other, ident)))
        stack.append((version, ident, net))
    t3 = time.perf_counter()
    pairs.sort()
    text = "\n".join(f"{a}\t{b}" for a, b in pairs)
    if pairs_out:
        with open(pairs_out, "w") as f:
            f.write(text + "\n")
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak = usage.ru_maxrss / 1024
    cpu = usage.ru_utime + usage.ru_stime
    print(json.dumps({
        "method": "python-ipaddress", "prefixes": len(nets),
        "read": round(t1 - t0, 3), "parse": round(t2 - t1, 3), "detect": round(t3 - t2, 3), "total": round(t3 - t0, 3), "cpu": round(cpu, 3),
        "pairs": len(pairs), "digest": digest, "peakMiB": round(peak),
    }))


if __name__ == "__main__":
    main()
