#!/usr/bin/env python3
"""Writes the lean test subset: two hahu postings for each of eight ESCO occupations, and the
ESCO v1.1.1 essential and optional skills of those occupations.

Usage: make_subset.py HAHU_CSV ESCO_CSV_DIR  (the files named in SOURCE.md)
"""
import collections
import csv
import sys

CODES = ["2422.10", "1412.1", "4321.1", "3434.1", "3434.1.1", "4211.1", "2411.1", "8322.6"]
PER_CODE = 2

csv.field_size_limit(10**9)
hahu_csv, esco_dir = sys.argv[1], sys.argv[2]
uri_of = {r["code"]: r["conceptUri"] for r in csv.DictReader(open(f"{esco_dir}/occupations_en.csv"))}
postings = collections.defaultdict(list)
for row in csv.DictReader(open(hahu_csv, encoding="utf-8")):
    if row["esco_code"] in CODES and len(postings[row["esco_code"]]) < PER_CODE:
        postings[row["esco_code"]].append(row)
with open("postings.csv", "w", newline="", encoding="utf-8") as out:
    writer = csv.writer(out)
    writer.writerow(["id", "title", "esco_code", "occupation_uri"])
    for code in CODES:
        for row in postings[code]:
            writer.writerow([row["ID"], row["title"].strip(), code, uri_of[code]])
wanted = {uri_of[code] for code in CODES}
with open("occupation_skills.csv", "w", newline="", encoding="utf-8") as out:
    writer = csv.writer(out)
    writer.writerow(["occupation_uri", "relation_type", "skill_uri"])
    for row in csv.DictReader(open(f"{esco_dir}/occupationSkillRelations.csv")):
        if row["occupationUri"] in wanted:
            writer.writerow([row["occupationUri"], row["relationType"], row["skillUri"]])
