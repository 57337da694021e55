#!/usr/bin/env python3
"""Summarises a scan.sh run: every wapiti finding (vulnerabilities and anomalies, per role) and every sqlmap
injection, each marked "explained" when src-config/scan/explained.txt lists it. Exits 1 on a finding that is
not explained, so that a new one cannot go unnoticed.

explained.txt: one "<wapiti category, 'buster' or 'sqlmap'>|<regular expression>|<why>" per line (# comments); the
expression is searched in "<method> <path> <parameter> <wapiti's description> <the request>" of a wapiti finding, in
the address for a page wapiti's buster module found (only in its log), in the parameter for sqlmap.
Usage: scan_summary.py <results directory> <explained.txt>
"""
import glob
import json
import os
import re
import sys


def explained_rules(path):
    rules = []
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                category, pattern, why = (line.split("|", 2) + ["", ""])[:3]
                rules.append((category.strip(), re.compile(pattern.strip()), why.strip()))
    return rules


def explanation(rules, category, path):
    for rule_category, pattern, why in rules:
        if rule_category == category and pattern.search(path or ""):
            return why
    return None


def main(results, explained):
    rules = explained_rules(explained)
    unexplained = 0
    total = 0
    for log in sorted(glob.glob(os.path.join(results, "wapiti-*.log"))):
        if not os.path.exists(log[:-len(".log")] + ".json"):
            unexplained += 1
            print("wapiti %s: NO REPORT (the scan did not run; see %s)" % (os.path.basename(log), log))
    for report in sorted(glob.glob(os.path.join(results, "wapiti-*.json"))):
        who = os.path.basename(report)[len("wapiti-"):-len(".json")]
        data = json.load(open(report, encoding="utf-8"))
        log_text = open(report[:-len(".json")] + ".log", encoding="utf-8", errors="replace").read() \
            if os.path.exists(report[:-len(".json")] + ".log") else ""
        crawled = re.search(r"Wapiti found (\d+) URLs and forms", log_text)
        print("wapiti as %s: %s URLs and forms found, then attacked" % (who, crawled.group(1) if crawled else "?"))
        for section in ("vulnerabilities", "anomalies"):
            for category, findings in sorted(data.get(section, {}).items()):
                for f in findings:
                    total += 1
                    path = f.get("path", "")
                    why = explanation(rules, category, "%s %s %s %s %s" % (
                        f.get("method", ""), path, f.get("parameter", "") or "", (f.get("info", "") or "").replace("\n", " "),
                        (f.get("http_request", "") or "").replace("\n", " ")))
                    unexplained += why is None
                    print("  %-12s %s: %s %s %s -> %s" % ("vulnerability" if section == "vulnerabilities" else "anomaly", category,
                          f.get("method", ""), path, f.get("parameter", "") or "", "explained: " + why if why else "NOT EXPLAINED"))
                    if why is None:
                        print("      %s" % (f.get("info", "") or "").replace("\n", " ")[:300])
    found = set()
    for log in sorted(glob.glob(os.path.join(results, "wapiti-*.log"))):
        found.update(re.findall(r"Found webpage (\S+)", open(log, encoding="utf-8", errors="replace").read()))
    for page in sorted(found):
        total += 1
        why = explanation(rules, "buster", page)
        unexplained += why is None
        print("  %-12s buster: %s -> %s" % ("found page", page, "explained: " + why if why else "NOT EXPLAINED"))
    for log in sorted(glob.glob(os.path.join(results, "sqlmap*.log"))):
        text = open(log, encoding="utf-8", errors="replace").read()
        forms = text.count("do you want to test this form")
        if not forms:
            unexplained += 1
            print("sqlmap %s: NOTHING TESTED (no form found or the run failed; see the log)" % os.path.basename(log))
            continue
        injectable = re.findall(r"parameter '([^']+)' (?:is|appears to be) '?[^\n]*injectable", text)
        finished = "ending @" in text and "user aborted" not in text  # scan.sh's time bound interrupts it
        print("sqlmap %s: %d forms %s; injectable: %s" % (os.path.basename(log), forms,
                                                       "tested" if finished else "found, stopped at the time bound",
                                                       ", ".join(injectable) or "none"))
        # How many of its requests were refused before the fields were read (400: no or a wrong script nonce).
        errors = re.findall(r"(\d{3}) \([^)]*\) - (\d+) times", text)
        if errors:
            print("  answers other than 200: %s" % ", ".join("%s x %s" % (times, code) for code, times in errors))
        for parameter in injectable:
            total += 1
            why = explanation(rules, "sqlmap", parameter)
            unexplained += why is None
            print("  sqlmap injection in %s -> %s" % (parameter, "explained: " + why if why else "NOT EXPLAINED"))
    print("findings: %d, not explained: %d" % (total, unexplained))
    return 1 if unexplained else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
