#!/usr/bin/env python3
"""Calls a running `quality-rewards serve` from Python with the standard library only (urllib).

    python3 client.py [BASE_URL]        # default http://127.0.0.1:8080

Evaluates one achievement (the China Quality Award, obtained 2024-05-10, claimed in Changle district
on 2024-06-01) and prints the total, then each award with its clause and the policy's own words.
A bad request comes back as an RFC 9457 problem whose `issues` name the field at fault.
"""
import json
import sys
import urllib.error
import urllib.request

BASE_URL = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"

REQUEST = {
    "id": "applicant-0001",
    "achievement": {
        "kind": "government_quality_award",
        "level": "national",
        "prize": "award",
        "obtainedOn": "2024-05-10",
        "recipient": {"type": "organization", "registeredIn": "350112"},
    },
    "jurisdiction": "350112",
    "date": "2024-06-01",
}


def post_json(path, body):
    """POSTs a JSON body; returns (status, parsed JSON answer), problems included."""
    request = urllib.request.Request(
        BASE_URL + path,
        data=json.dumps(body).encode("utf-8"),
        headers={"Content-Type": "application/json", "Accept-Language": "zh-CN"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as problem:  # 4xx/5xx: an application/problem+json body
        return problem.code, json.load(problem)


def main():
    status, result = post_json("/v1/evaluate", REQUEST)
    if status != 200:
        for issue in result.get("issues", []):
            print(f"{issue['code']} at {'.'.join(map(str, issue['path']))}: {issue['message']['zh']}")
        sys.exit(1)
    print(f"total: {result['total']['text']} ({result['total']['yuan']} yuan)")
    for award in result["awards"]:
        print(f"clause: {award['clause']} {award['title']['zh']} -> {award['amount']['text']}")
        print(f"quote: {award['quote']}")
    for warning in result["warnings"]:
        print(f"warning: {warning['code']}: {warning['message']['zh']}")

    # A misspelled field is refused with the library's own issue codes and paths.
    status, problem = post_json("/v1/evaluate", {**REQUEST, "date": "2024-02-30"})
    print(f"bad date -> {status} {problem['issues'][0]['code']} at {problem['issues'][0]['path']}")


if __name__ == "__main__":
    main()
