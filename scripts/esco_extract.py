#!/usr/bin/env python3
"""Derive Lifelong's compact ESCO files (data/esco/) from the official ESCO CSV download.

Usage: python3 scripts/esco_extract.py [SOURCE_CSV_DIR] [OUTPUT_DIR] [VERSION]

SOURCE_CSV_DIR holds ESCO's English classification and relations CSVs (skills_en.csv,
occupations_en.csv, broaderRelationsSkillPillar.csv, occupationSkillRelations.csv). It defaults
to ../shared/data/esco-v1.1.1/csv next to the repository; OUTPUT_DIR defaults to data/esco;
VERSION, the release name written to OUTPUT_DIR/VERSION, defaults to "ESCO v1.1.1".

Writes VERSION and two CSV files whose row order fixes the compact ids (the first data row is
id 0):

- skills.csv: uri, label, skill_type, reuse_level, broader. Rows are sorted by concept URI.
  `broader` lists the ids of the skill's direct broader skills (only skill-to-skill relations of
  the skill pillar; relations to skill groups are dropped), space-separated and ascending.
- occupations.csv: uri, label, isco_group, essential, optional. Rows are sorted by concept URI.
  `essential` and `optional` list skill ids, space-separated and ascending.

Relations that name an occupation or skill missing from the English concept files are dropped
and counted on stderr. The output depends only on the input files, so two runs give the same
bytes.
"""

import csv
import os
import sys

SKILL_TYPES = {"knowledge", "skill/competence", ""}
REUSE_LEVELS = {"transversal", "cross-sector", "sector-specific", "occupation-specific", ""}


def read_rows(path):
	with open(path, newline="", encoding="utf-8") as handle:
		yield from csv.DictReader(handle)


def join_ids(ids):
	return " ".join(str(i) for i in sorted(ids))


def main():
	root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
	source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
		root, "..", "shared", "data", "esco-v1.1.1", "csv"
	)
	output = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "data", "esco")
	version = sys.argv[3] if len(sys.argv) > 3 else "ESCO v1.1.1"
	csv.field_size_limit(sys.maxsize)

	skills = sorted(read_rows(os.path.join(source, "skills_en.csv")), key=lambda r: r["conceptUri"])
	skill_ids = {row["conceptUri"]: index for index, row in enumerate(skills)}
	if len(skill_ids) != len(skills):
		sys.exit("skills_en.csv repeats a concept URI")

	occupations = sorted(
		read_rows(os.path.join(source, "occupations_en.csv")), key=lambda r: r["conceptUri"]
	)
	occupation_ids = {row["conceptUri"]: index for index, row in enumerate(occupations)}
	if len(occupation_ids) != len(occupations):
		sys.exit("occupations_en.csv repeats a concept URI")

	broader = [set() for _ in skills]
	dropped_broader = 0
	for row in read_rows(os.path.join(source, "broaderRelationsSkillPillar.csv")):
		narrower_id = skill_ids.get(row["conceptUri"])
		broader_id = skill_ids.get(row["broaderUri"])
		if narrower_id is None or broader_id is None:
			# Skill groups are not skills: the relation leaves the skill pillar's skill level.
			dropped_broader += 1
			continue
		broader[narrower_id].add(broader_id)

	essential = [set() for _ in occupations]
	optional = [set() for _ in occupations]
	dropped_relations = 0
	for row in read_rows(os.path.join(source, "occupationSkillRelations.csv")):
		occupation_id = occupation_ids.get(row["occupationUri"])
		skill_id = skill_ids.get(row["skillUri"])
		if occupation_id is None or skill_id is None:
			dropped_relations += 1
			continue
		if row["relationType"] == "essential":
			essential[occupation_id].add(skill_id)
		elif row["relationType"] == "optional":
			optional[occupation_id].add(skill_id)
		else:
			sys.exit(f"unknown relationType {row['relationType']!r} in occupationSkillRelations.csv")

	os.makedirs(output, exist_ok=True)
	with open(os.path.join(output, "VERSION"), "w", encoding="utf-8") as handle:
		handle.write(version + "\n")
	with open(os.path.join(output, "skills.csv"), "w", newline="", encoding="utf-8") as handle:
		writer = csv.writer(handle, lineterminator="\n")
		writer.writerow(["uri", "label", "skill_type", "reuse_level", "broader"])
		for index, row in enumerate(skills):
			if row["skillType"] not in SKILL_TYPES or row["reuseLevel"] not in REUSE_LEVELS:
				sys.exit(f"unknown skillType or reuseLevel for {row['conceptUri']}")
			writer.writerow([
				row["conceptUri"],
				row["preferredLabel"],
				row["skillType"],
				row["reuseLevel"],
				join_ids(broader[index]),
			])

	with open(os.path.join(output, "occupations.csv"), "w", newline="", encoding="utf-8") as handle:
		writer = csv.writer(handle, lineterminator="\n")
		writer.writerow(["uri", "label", "isco_group", "essential", "optional"])
		for index, row in enumerate(occupations):
			writer.writerow([
				row["conceptUri"],
				row["preferredLabel"],
				row["iscoGroup"],
				join_ids(essential[index]),
				join_ids(optional[index] - essential[index]),
			])

	print(
		f"{len(skills)} skills, {len(occupations)} occupations; dropped {dropped_broader} broader "
		f"relations that leave the skill level and {dropped_relations} occupation-skill relations "
		"that name an unknown concept",
		file=sys.stderr,
	)


if __name__ == "__main__":
	main()
