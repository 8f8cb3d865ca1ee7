#!/usr/bin/python3
"""A plugin as slow to start as a typical one written in Python: prints a
fixed ExecCredential. With an argument, first appends "1\n" to that file (the
benchmark counts plugin runs by its lines)."""
import json
import sys

if len(sys.argv) > 1 and sys.argv[1]:
    with open(sys.argv[1], "a") as f:
        f.write("1\n")

json.dump({
    "apiVersion": "client.authentication.k8s.io/v1",
    "kind": "ExecCredential",
    "status": {
        "token": "bench-token-0123456789abcdef0123456789abcdef",
        "expirationTimestamp": "2030-01-01T00:00:00Z",
    },
}, sys.stdout)
sys.stdout.write("\n")
