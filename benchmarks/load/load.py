#!/usr/bin/env python3
"""Bounded load test of a running Lungang server on loopback (python3, standard library only).

Phase 1: CLIENTS clients each read one plan READS times with HTTP Basic (BCrypt on every call), then the same with an
API token (Bearer); prints p50/p95/max latency and errors for each. Phase 2: BURST solve requests at once over a few
fresh scenarios; every answer must be 202, 409 or 429 (never 500), and every admitted job must end by itself (stopped
after the burst); prints the answers and how many jobs were left active. Every loop is bounded; the script refuses any
host but 127.0.0.1. The password comes from the environment (LUNGANG_LOAD_PASSWORD), not the command line.

    LUNGANG_LOAD_PASSWORD=... python3 benchmarks/load/load.py --port 8080 --user admin
"""
import argparse
import base64
import http.client
import json
import os
import statistics
import sys
import threading
import time

HOST = "127.0.0.1"


class Client:
    """One keep-alive connection with fixed credentials."""

    def __init__(self, port, auth):
        self.port = port
        self.auth = auth
        self.conn = http.client.HTTPConnection(HOST, port, timeout=300)

    def call(self, method, path, body=None):
        headers = {"Authorization": self.auth, "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        for attempt in range(2):
            try:
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                payload = response.read()
                return response.status, payload, dict(response.getheaders())
            except (http.client.HTTPException, ConnectionError):
                self.conn.close()
                self.conn = http.client.HTTPConnection(HOST, self.port, timeout=300)
                if attempt == 1:
                    raise
        raise AssertionError("unreachable")

    def json(self, method, path, body=None, expect=(200, 201, 202)):
        status, payload, _ = self.call(method, path, body)
        if status not in expect:
            raise SystemExit(f"{method} {path}: {status} {payload[:300]!r}")
        return json.loads(payload) if payload else None


def basic(user, password):
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1))))]


def read_phase(port, auth, path, clients, reads):
    latencies, statuses, lock = [], {}, threading.Lock()
    start = threading.Barrier(clients)

    def run():
        client = Client(port, auth)
        start.wait()
        for _ in range(reads):  # bounded: exactly `reads` calls
            t0 = time.perf_counter()
            try:
                status, _, _ = client.call("GET", path)
            except Exception as e:  # a refused or reset connection is an error too
                status = type(e).__name__
            elapsed = (time.perf_counter() - t0) * 1000
            with lock:
                latencies.append(elapsed)
                statuses[status] = statuses.get(status, 0) + 1

    t0 = time.perf_counter()
    threads = [threading.Thread(target=run) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    errors = sum(n for s, n in statuses.items() if s != 200)
    return {"requests": len(latencies), "errors": errors, "statuses": statuses,
            "p50_ms": round(statistics.median(latencies), 1), "p95_ms": round(percentile(latencies, 95), 1),
            "max_ms": round(max(latencies), 1), "throughput_per_s": round(len(latencies) / wall, 1)}


def find_plan(admin):
    for scenario in admin.json("GET", "/api/scenarios"):
        plans = admin.json("GET", f"/api/scenarios/{scenario['id']}/plans")
        if plans:
            return plans[-1]["id"], scenario["datasetId"]
    datasets = admin.json("GET", "/api/datasets")
    if not datasets:
        raise SystemExit("No dataset: start the server with the demo county (lungang.demo.enabled=true)")
    dataset_id = datasets[0]["id"]
    scenario = admin.json("POST", "/api/scenarios", {"datasetId": dataset_id, "name": "load test base"})
    job = admin.json("POST", f"/api/scenarios/{scenario['id']}/solve", {"timeLimitSeconds": 5})
    for _ in range(120):  # bounded wait: at most 2 minutes
        job = admin.json("GET", f"/api/jobs/{job['id']}")
        if job["status"] not in ("QUEUED", "SOLVING"):
            return job["planId"], dataset_id
        time.sleep(1)
    raise SystemExit("The base solve did not end in 2 minutes")


def burst_phase(port, auth, admin, dataset_id, requests, scenario_count):
    scenarios = [admin.json("POST", "/api/scenarios", {"datasetId": dataset_id, "name": f"load burst {i}"})["id"]
                 for i in range(scenario_count)]
    statuses, retry_after, lock = {}, set(), threading.Lock()
    start = threading.Barrier(requests)

    def run(i):
        client = Client(port, auth)
        start.wait()
        try:
            status, _, headers = client.call("POST", f"/api/scenarios/{scenarios[i % len(scenarios)]}/solve",
                                             {"timeLimitSeconds": 2})
        except Exception as e:
            status, headers = type(e).__name__, {}
        with lock:
            statuses[status] = statuses.get(status, 0) + 1
            if status == 429:
                retry_after.add(headers.get("Retry-After"))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(requests)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # Every admitted job must end on its own (2 s each, one solver): wait at most 3 minutes, bounded.
    active = None
    for _ in range(180):
        jobs = [j for s in scenarios for j in admin.json("GET", f"/api/jobs?scenarioId={s}")]
        active = [j for j in jobs if j["status"] in ("QUEUED", "SOLVING")]
        if not active:
            break
        time.sleep(1)
    ended = {}
    for j in jobs:
        ended[j["status"]] = ended.get(j["status"], 0) + 1
    for s in scenarios:
        admin.call("DELETE", f"/api/scenarios/{s}")
    return {"requests": requests, "scenarios": scenario_count, "answers": statuses,
            "retry_after": sorted(r for r in retry_after if r), "jobs_by_status": ended,
            "left_active": len(active), "only_202_409_429": set(statuses) <= {202, 409, 429}}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--reads", type=int, default=100)
    parser.add_argument("--burst", type=int, default=100)
    parser.add_argument("--burst-scenarios", type=int, default=12)
    args = parser.parse_args()
    password = os.environ.get("LUNGANG_LOAD_PASSWORD")
    if not password:
        raise SystemExit("Set LUNGANG_LOAD_PASSWORD to the user's password")
    if not (1 <= args.clients <= 200 and 1 <= args.reads <= 10_000 and 1 <= args.burst <= 1000):
        raise SystemExit("Out of bounds: at most 200 clients, 10,000 reads each, a burst of 1,000")
    auth = basic(args.user, password)
    admin = Client(args.port, auth)
    plan_id, dataset_id = find_plan(admin)
    token = admin.json("POST", "/api/tokens", {"name": "load test"})
    results = {"plan": plan_id, "clients": args.clients, "reads_per_client": args.reads}
    results["basic"] = read_phase(args.port, auth, f"/api/plans/{plan_id}", args.clients, args.reads)
    results["token"] = read_phase(args.port, "Bearer " + token["token"], f"/api/plans/{plan_id}", args.clients,
                                  args.reads)
    admin.call("DELETE", f"/api/tokens/{token['id']}")
    results["burst"] = burst_phase(args.port, auth, admin, dataset_id, args.burst, args.burst_scenarios)
    print(json.dumps(results, indent=2, default=str))
    ok = (results["basic"]["errors"] == 0 and results["token"]["errors"] == 0
          and results["burst"]["only_202_409_429"] and results["burst"]["left_active"] == 0)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
