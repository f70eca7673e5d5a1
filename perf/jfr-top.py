#!/usr/bin/env python3
"""Where a JFR recording's CPU samples went: perf/jfr-top.py <recording.jfr> [rows] [class-name part]

Reads jdk.ExecutionSample events (`jfr print --json`, JDK 17+) and prints, as shares of all samples:
  - by the innermost frame outside the JDK (which library or class of ours was running),
  - inclusive per method (a method anywhere on the stack), for methods of com.padelyzer and the usual suspects,
  - with a third argument, the stacks (frame:line, innermost first) down to the first frame whose class contains it.
Record with, e.g.:  jcmd <pid> JFR.start name=p settings=profile filename=/tmp/p.jfr ... jcmd <pid> JFR.stop name=p
"""
import collections
import json
import subprocess
import sys

recording = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 25
focus = sys.argv[3] if len(sys.argv) > 3 else None
printed = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", "jdk.ExecutionSample", recording],
                         capture_output=True, text=True, check=True).stdout
events = json.loads(printed)["recording"]["events"]


def name(frame):
    method = frame["method"]
    return method["type"]["name"].replace("/", ".") + "." + method["name"]


JDK = ("java.", "jdk.", "sun.", "com.sun.", "javax.")
SUSPECTS = ("com.padelyzer", "com.nimbusds.jwt.JWTParser.parse", "com.nimbusds.jose.JWSObject.verify",
            "io.micronaut.serde.jackson.JacksonJsonMapper.writeValue", "io.micronaut.serde.jackson.JacksonJsonMapper.readValue",
            "org.postgresql.jdbc.PgPreparedStatement.execute", "io.netty.channel.nio.NioIoHandler.run")
by_class, inclusive, stacks = collections.Counter(), collections.Counter(), collections.Counter()
samples = 0
for event in events:
    frames = event["values"]["stackTrace"]["frames"]
    if not frames:
        continue
    samples += 1
    names = [name(frame) for frame in frames]
    outside = next((n for n in names if not n.startswith(JDK)), names[0])
    by_class[outside.rsplit(".", 1)[0]] += 1
    for method in set(names):
        if method.startswith(SUSPECTS) and "$$Lambda" not in method and ".lambda$" not in method:
            inclusive[method] += 1
    if focus:
        at = next((i for i, frame in enumerate(frames) if focus in frame["method"]["type"]["name"]), None)
        if at is not None:
            stacks[" <- ".join(f'{name(f).split(".", 3)[-1]}:{f["lineNumber"]}' for f in frames[:at + 2])] += 1

print(f"{samples} samples in {recording}")
print("innermost frame outside the JDK, by class:")
for key, count in by_class.most_common(rows):
    print(f"  {100 * count / samples:5.1f} %  {key}")
print("inclusive (anywhere on the stack):")
for key, count in inclusive.most_common(rows):
    print(f"  {100 * count / samples:5.1f} %  {key}")
if focus:
    print(f"stacks reaching {focus}:")
    for key, count in stacks.most_common(rows):
        print(f"  {100 * count / samples:5.1f} %  {key[:300]}")
