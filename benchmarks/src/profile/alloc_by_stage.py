#!/usr/bin/env python3
"""Sums JFR allocation samples of a sasekit benchmark by response-path stage.

Record (from the repository root, after the benchmarks module is packaged):
  java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" org.openjdk.jmh.Main \
    'PerCallBenchmark.list200' -p contender=SASEKIT -f 1 -wi 1 -w 3s -i 1 -r 10s \
    -jvmArgsAppend "-XX:FlightRecorderOptions=stackdepth=512 -XX:StartFlightRecording=filename=list.jfr,settings=profile"
(or the same with benchmarks/src/profile/CallCost.java in place of JMH), then:
  jfr print --json --stack-depth 300 --events jdk.ObjectAllocationSample list.jfr > alloc.json
  benchmarks/src/profile/alloc_by_stage.py alloc.json
"""
import collections
import json
import sys

STAGES = [
    ("CannedServer", "in-process server (not the client)"),
    ("sun.net.httpserver", "in-process server (not the client)"),
    ("StreamedPage", "StreamedPage: a listAll page parsed item by item into the model"),
    ("ResponseReader.streamed", "ResponseReader.streamed: text parsed straight into the model"),
    ("ResponseReader.parse", "ResponseReader.parse: readTree (JSON tree)"),
    ("ResponseReader.convert", "ResponseReader.convert: treeToValue (tree -> model)"),
    ("HttpTransport.read", "HttpTransport.read: body.string() + headers toMultimap"),
    ("WireRequestFactory.bodyTree", "request body: model -> tree (readOnly stripped)"),
    ("Validator", "request validation"),
    ("ParameterValues", "parameter values (texts, validation nodes)"),
    ("WireRequest", "request building"),
    ("Arguments", "request building"),
    ("okhttp3", "OkHttp call (request, connection, headers)"),
    ("RetryingCall", "pipeline (retrying call, token future, wire log)"),
]


def stage(names):
    joined = " ".join(names)
    if "jmh" not in joined and "CallCost" not in joined:
        return "outside the measured call (in-process server, JMH, JFR threads)"
    for needle, label in STAGES:
        if needle in joined:
            return label
    return "other (caller, model builders)"


def main(path):
    events = json.load(open(path))["recording"]["events"]
    weights = collections.Counter()
    for e in events:
        trace = e["values"].get("stackTrace") or {"frames": []}
        names = [(f["method"]["type"]["name"] + "." + f["method"]["name"]).replace("/", ".") for f in trace["frames"]]
        weights[stage(names)] += e["values"].get("weight", 0)
    client = sum(v for k, v in weights.items() if not k.startswith(("in-process", "outside")))
    for label, w in weights.most_common():
        share = "" if label.startswith(("in-process", "outside")) else "%5.1f%% of the client" % (100.0 * w / client)
        print("%9.1f MB  %-20s %s" % (w / 1e6, share, label))


if __name__ == "__main__":
    main(sys.argv[1])
