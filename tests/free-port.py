#!/usr/bin/env python3
"""Prints a free TCP port on 127.0.0.1 for a server a test or bench starts.

    tests/free-port.py [FILE]

The port comes from just below the kernel's ephemeral range. A port picked inside that range (by
binding port 0) can be taken by any outgoing connection, the starting server's own to Redis
included, between being picked and being bound: CI once failed on "address already in use" so.
Ports listed in FILE (one per line) are skipped and the one printed is added to it, so servers
that are picked but not yet listening never share a port. tests/Integration/Cluster/FreePort.cs
follows the same rule.
"""
import random
import socket
import sys

with open("/proc/sys/net/ipv4/ip_local_port_range") as ranges:
    ephemeral_low = int(ranges.read().split()[0])
first = max(1024, ephemeral_low - 10000)
handed_out_file = sys.argv[1] if len(sys.argv) > 1 else None
handed_out = set()
if handed_out_file:
    try:
        with open(handed_out_file) as handed:
            handed_out = {int(line) for line in handed if line.strip()}
    except FileNotFoundError:
        pass

candidates = [port for port in range(first, ephemeral_low) if port not in handed_out]
random.shuffle(candidates)
for port in candidates:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            continue
    if handed_out_file:
        with open(handed_out_file, "a") as handed:
            handed.write(f"{port}\n")
    print(port)
    sys.exit(0)
sys.exit(f"no free port between {first} and {ephemeral_low - 1}, below the ephemeral range")
