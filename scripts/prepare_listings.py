#!/usr/bin/env python3
"""Derive Lifelong's shipped listings (data/jobs/, data/courses/) from the public source data.

Usage:
    python3 scripts/prepare_listings.py [--source DIR] [--output DIR]
    python3 scripts/prepare_listings.py --check [--source DIR] [--output DIR]

--source is the folder that contains jobs-hahu-esco/, jobs-techwolf-vacancy-skills/,
courses-mit-ocw/ and esco-v1.1.1/ (default: ../shared/data next to the repository). --output is
the repository's data/ folder (default: data/ of this repository); it must already contain
esco/skills.csv and esco/occupations.csv, because only skills listed there are kept.

Writes:
- jobs/jobs.json: job offers from hahu jobs (skills from the posting's ESCO occupation) and from
  TechWolf's vacancy set (skills that TechWolf's model extracted, mapped to ESCO URIs).
- courses/courses.json: MIT OpenCourseWare courses with ESCO skills found by the label matcher
  below. Abstracts are read but not written, because the output ships.

--check derives everything again in memory, compares it byte for byte with the shipped files,
validates every URI and bound, and checks that data/courses/matcher-sample.csv names exactly the
pairs that the sampling rule picks and has a verdict for each. It exits 1 on any difference.

The output depends only on the input files: selection and sampling order rows by SHA-256 of a
fixed salt and the row's id, never by a random generator or the clock.

Uses the Python standard library only.
"""

import argparse
import csv
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

# Skills kept per job offer. The runtime allows 32 (`MaxListingSkills`); 24 keeps the most
# specific ones.
MAX_JOB_SKILLS = 24
# At most this many skills per course, which keeps a course's badge class under its skill bound.
MAX_COURSE_SKILLS = 8
MIN_COURSE_SKILLS = 2
# Titles and names longer than this many UTF-8 bytes are skipped, not truncated.
# NOTE: 64 is the text bound of the recommendations pallet's test configuration. The runtime
# allows 256 bytes (`MaxTextLength`), so longer titles could be kept.
MAX_TEXT_BYTES = 64
MAX_URL_BYTES = 128

# 100 + 100 jobs keep the shipped files under 1 MB and the chain load to minutes.
HAHU_COUNT = 100
TECHWOLF_COUNT = 100
COURSE_COUNT = 120
SAMPLE_SIZE = 40
# Courses with a shorter abstract are skipped, because the export contains a few test rows with
# an empty or placeholder abstract, and the matcher needs text.
MIN_ABSTRACT_CHARS = 100
# A TechWolf vacancy needs this many skills with an ESCO v1.1.1 URI to be selected.
MIN_TECHWOLF_SKILLS = 3

# Neutral employer labels, because hahu postings have the organisation redacted and TechWolf's
# set has no employer at all.
HAHU_EMPLOYER = "Employer on hahu jobs (name redacted)"
TECHWOLF_EMPLOYER = "Employer not published (TechWolf)"
# hahu jobs is an Ethiopian job platform. The place named in each posting is mostly redacted,
# so the location is the platform's country, not a place read from the posting.
HAHU_LOCATION = "Ethiopia"

# Essential skills come first when a job has more than MAX_JOB_SKILLS. Inside each group the
# more specific ESCO reuse level goes first, then the URI breaks ties.
REUSE_ORDER = {
	"occupation-specific": 0,
	"sector-specific": 1,
	"cross-sector": 2,
	"transversal": 3,
	"": 4,
}

COURSE_PROVIDER = "MIT OpenCourseWare"
OCW_QA_HOST = "https://live-qa.ocw.mit.edu/"
OCW_PUBLIC_HOST = "https://ocw.mit.edu/"

# Matcher field weights. A label found in the title counts most, then the OCW topic keywords,
# then the abstract.
FIELD_WEIGHTS = {"title": 3.0, "topics": 2.0, "abstract": 1.0}
KNOWLEDGE_BONUS = 0.5
PREFERRED_LABEL_BONUS = 0.5
EXTRA_WORD_BONUS = 0.25
MAX_EXTRA_WORDS = 3

# OCW's top-level topic keywords name whole faculties ("Engineering", "Fine Arts"), so they are
# not matched. On a music course "Fine Arts" would tag ESCO's visual-arts concept "fine arts".
BROAD_TOPICS = {
	"business",
	"energy",
	"engineering",
	"fine arts",
	"health and medicine",
	"humanities",
	"mathematics",
	"science",
	"social science",
	"teaching and education",
}

# One-word preferred labels of ESCO knowledge concepts that are ordinary words in course text
# or name a tool rather than a subject taught.
ONE_WORD_STOP_LIST = {
	"access",
	"communication",
	"english",
	"energy",
	"history",
	"less",
	"migration",
	"protein",
	"security",
	"sensors",
	"source",
	"electricity",
	"angular",
}

# Multi-word labels (mostly ESCO altLabels) that are everyday phrases in course descriptions
# and, when found, almost never name what the course teaches.
PHRASE_STOP_LIST = {
	"a computer",
	"be organized",
	"help students",
	"make up",
	"research topics",
	"shape the future",
	"solve problems",
	"think critically",
	"work in teams",
	"work independently",
}

# Words that may not start or end a matched multi-word label.
EDGE_STOP_WORDS = {"a", "an", "and", "be", "for", "in", "of", "on", "or", "the", "to", "with"}

# Abstract sentences that state prerequisites name what a course assumes, not what it teaches.
PREREQUISITE_PATTERN = re.compile(
	r"\b(prerequisite|prerequisites|recommended|required|requires|assumes|assumed|familiarity)\b"
)
GRADUATE_PATTERN = re.compile(r"\b(graduate|doctoral|phd)\b")
UNDERGRADUATE_PATTERN = re.compile(r"\bundergraduates?\b")


def stable_key(salt, identifier):
	return hashlib.sha256(f"{salt}:{identifier}".encode("utf-8")).hexdigest()


def utf8_length(text):
	return len(text.encode("utf-8"))


def read_csv(path):
	with open(path, newline="", encoding="utf-8") as handle:
		return list(csv.DictReader(handle))


def normalise_tokens(text):
	"""Lowercase, strip accents and punctuation, and split into words."""
	text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
	return re.sub(r"[^a-z0-9]+", " ", text.lower()).split()


class Esco:
	"""The shipped compact ESCO copy plus the source fields the script needs at run time."""

	def __init__(self, output_dir, source_dir):
		esco_csv = os.path.join(source_dir, "esco-v1.1.1", "csv")
		self.skills = {}
		skill_rows = read_csv(os.path.join(output_dir, "esco", "skills.csv"))
		self.skill_uris_by_id = [row["uri"] for row in skill_rows]
		for row in skill_rows:
			# A few ESCO labels end in a space, and the shipped listings carry them trimmed.
			row["label"] = row["label"].strip()
			self.skills[row["uri"]] = row
		self.occupations = {row["uri"]: row for row in read_csv(os.path.join(output_dir, "esco", "occupations.csv"))}
		self.occupation_by_code = {}
		for row in read_csv(os.path.join(esco_csv, "occupations_en.csv")):
			self.occupation_by_code[row["code"]] = row["conceptUri"]
		self.source_skills = read_csv(os.path.join(esco_csv, "skills_en.csv"))

	def occupation_skill_uris(self, occupation_uri, relation):
		ids = self.occupations[occupation_uri][relation].split()
		return [self.skill_uris_by_id[int(skill_id)] for skill_id in ids]


def job_skill(esco, uri, essential):
	return {
		"uri": uri,
		"label": esco.skills[uri]["label"],
		# The sources give no levels, so this mapping is a project choice, not data.
		"minLevel": "Intermediate" if essential else "Foundation",
		"essential": essential,
	}


def hahu_skills(esco, occupation_uri):
	"""Return all essential skills, then optional ones, capped at MAX_JOB_SKILLS."""

	def order(uri):
		return (REUSE_ORDER.get(esco.skills[uri]["reuse_level"], 4), uri)

	essential = sorted(esco.occupation_skill_uris(occupation_uri, "essential"), key=order)
	optional = sorted(esco.occupation_skill_uris(occupation_uri, "optional"), key=order)
	chosen = [(uri, True) for uri in essential[:MAX_JOB_SKILLS]]
	chosen += [(uri, False) for uri in optional[: MAX_JOB_SKILLS - len(chosen)]]
	return [job_skill(esco, uri, is_essential) for uri, is_essential in chosen]


def build_hahu_jobs(esco, source_dir):
	"""Select HAHU_COUNT postings, round-robin over hahu's sectors, each new occupation first."""
	path = os.path.join(source_dir, "jobs-hahu-esco", "redacted_hahu_test_with_id.csv")
	by_sector = defaultdict(list)
	for row in read_csv(path):
		title = row["title"].strip()
		occupation_uri = esco.occupation_by_code.get(row["esco_code"])
		if not title or utf8_length(title) > MAX_TEXT_BYTES or occupation_uri not in esco.occupations:
			continue
		by_sector[row["general_classification"]].append((stable_key("hahu", row["ID"]), row, occupation_uri))
	for rows in by_sector.values():
		rows.sort(key=lambda item: item[0])

	jobs = []
	used_occupations = set()
	taken = set()
	# The first pass takes one posting per unseen occupation, the second any posting left.
	for allow_repeat in (False, True):
		progress = True
		while progress and len(jobs) < HAHU_COUNT:
			progress = False
			for sector in sorted(by_sector):
				if len(jobs) >= HAHU_COUNT:
					break
				for _, row, occupation_uri in by_sector[sector]:
					if row["ID"] in taken or (not allow_repeat and occupation_uri in used_occupations):
						continue
					skills = hahu_skills(esco, occupation_uri)
					if not skills:
						continue
					taken.add(row["ID"])
					used_occupations.add(occupation_uri)
					jobs.append(
						{
							"source": "hahu",
							"sourceId": row["ID"],
							"title": row["title"].strip(),
							"employer": HAHU_EMPLOYER,
							"location": HAHU_LOCATION,
							"url": "",
							"occupationUri": occupation_uri,
							"skills": skills,
						}
					)
					progress = True
					break
	return jobs


def build_techwolf_jobs(esco, source_dir):
	"""Select TECHWOLF_COUNT vacancies with distinct titles and distinct most probable skills."""
	folder = os.path.join(source_dir, "jobs-techwolf-vacancy-skills")
	label_to_uri = {}
	for row in read_csv(os.path.join(folder, "skill_label_to_esco_v1_1_1.csv")):
		if row["esco_v1_1_1_uri"] in esco.skills:
			label_to_uri[row["skill_label"]] = row["esco_v1_1_1_uri"]

	candidates = []
	with open(os.path.join(folder, "vacancies.jsonl"), encoding="utf-8") as handle:
		for line in handle:
			vacancy = json.loads(line)
			title = vacancy["title"].strip()
			if not title or utf8_length(title) > MAX_TEXT_BYTES:
				continue
			# Labels are in descending extraction probability, so the cap keeps the likeliest.
			uris = []
			for label in vacancy["skills"]:
				uri = label_to_uri.get(label)
				if uri and uri not in uris:
					uris.append(uri)
			if len(uris) < MIN_TECHWOLF_SKILLS:
				continue
			candidates.append((stable_key("techwolf", vacancy["row_id"]), vacancy, title, uris[:MAX_JOB_SKILLS]))
	candidates.sort(key=lambda item: item[0])

	jobs = []
	seen_titles = set()
	seen_top_skills = set()
	for _, vacancy, title, uris in candidates:
		title_key = " ".join(normalise_tokens(title))
		if title_key in seen_titles or uris[0] in seen_top_skills:
			continue
		seen_titles.add(title_key)
		seen_top_skills.add(uris[0])
		jobs.append(
			{
				"source": "techwolf",
				"sourceId": str(vacancy["row_id"]),
				"title": title,
				"employer": TECHWOLF_EMPLOYER,
				"location": "",
				"url": "",
				"occupationUri": None,
				"skills": [job_skill(esco, uri, True) for uri in uris],
			}
		)
		if len(jobs) == TECHWOLF_COUNT:
			break
	return jobs


class LabelMatcher:
	"""Exact phrase matcher from normalised text to ESCO skill URIs.

	A label is a preferredLabel or altLabel of a skill in the shipped skills.csv. Labels of two
	or more words match unless PHRASE_STOP_LIST names them or they start or end with a stop
	word. A one-word label matches only if it is the preferredLabel of a knowledge concept, is
	at least four letters long and is not in ONE_WORD_STOP_LIST. A phrase that is a label of
	several concepts goes to the concepts whose preferredLabel it is, and is dropped if that is
	not exactly one concept.
	"""

	def __init__(self, esco):
		candidates = defaultdict(list)
		for row in esco.source_skills:
			uri = row["conceptUri"]
			if uri not in esco.skills:
				continue
			labels = [(row["preferredLabel"], True)]
			labels += [(label, False) for label in row["altLabels"].split("\n") if label.strip()]
			for label, preferred in labels:
				tokens = tuple(normalise_tokens(label))
				if tokens and self._accepts(tokens, preferred, row["skillType"]):
					candidates[tokens].append((uri, preferred))
		self.phrases = {}
		for tokens, entries in candidates.items():
			uris = {uri for uri, _ in entries}
			if len(uris) > 1:
				uris = {uri for uri, preferred in entries if preferred}
			if len(uris) == 1:
				uri = uris.pop()
				preferred = any(p for u, p in entries if u == uri)
				self.phrases[tokens] = (uri, preferred)
		self.max_words = max(len(tokens) for tokens in self.phrases)

	@staticmethod
	def _accepts(tokens, preferred, skill_type):
		if len(tokens) == 1:
			word = tokens[0]
			return (
				preferred
				and skill_type == "knowledge"
				and len(word) >= 4
				and word.isalpha()
				and word not in ONE_WORD_STOP_LIST
			)
		if " ".join(tokens) in PHRASE_STOP_LIST:
			return False
		return tokens[0] not in EDGE_STOP_WORDS and tokens[-1] not in EDGE_STOP_WORDS

	def find(self, tokens):
		"""Yield (matched tokens, uri, preferred) left to right, longest label at each position."""
		index = 0
		while index < len(tokens):
			for length in range(min(self.max_words, len(tokens) - index), 0, -1):
				phrase = tuple(tokens[index : index + length])
				hit = self.phrases.get(phrase)
				if hit:
					yield phrase, hit[0], hit[1]
					index += length
					break
			else:
				index += 1


def course_fields(row):
	"""Return the matcher's text fields: title, topic keywords, abstract without prerequisites."""
	topics = [topic for topic in row["CR_KEYWORDS"].split("|") if topic.strip().lower() not in BROAD_TOPICS]
	sentences = re.split(r"(?<=[.!?])\s+|\n+", row["CR_ABSTRACT"])
	taught = [s for s in sentences if not PREREQUISITE_PATTERN.search(s.lower())]
	return {
		"title": [normalise_tokens(row["CR_TITLE"])],
		# Each keyword is matched on its own so that a label cannot span two keywords.
		"topics": [normalise_tokens(topic) for topic in topics],
		"abstract": [normalise_tokens(sentence) for sentence in taught],
	}


def course_level(row):
	"""Return Advanced for a course whose text marks it graduate level, else Intermediate.

	The export has no level field, so this is a text proxy. Title or abstract must contain
	"graduate", "doctoral" or "PhD" and must not contain "undergraduate(s)".
	"""
	text = " ".join(normalise_tokens(row["CR_TITLE"] + " " + row["CR_ABSTRACT"]))
	if GRADUATE_PATTERN.search(text) and not UNDERGRADUATE_PATTERN.search(text):
		return "Advanced"
	return "Intermediate"


def match_course(matcher, esco, row):
	"""Score every matched skill and return the top MAX_COURSE_SKILLS as (uri, evidence) pairs."""
	fields_seen = defaultdict(dict)
	for field, token_lists in course_fields(row).items():
		for tokens in token_lists:
			for phrase, uri, preferred in matcher.find(tokens):
				weight = FIELD_WEIGHTS[field]
				# One-word labels in prose ("the psychology of making", "Arabic-speaking") were
				# right in 1 of 5 judged pairs, so the abstract contributes phrases only.
				if len(phrase) == 1 and field == "abstract":
					continue
				# A skill counts once per field, at the best weight it reached there.
				previous = fields_seen[uri].get(field)
				if previous is None or weight > previous[0]:
					fields_seen[uri][field] = (weight, " ".join(phrase), preferred)
	ranked = []
	for uri, per_field in fields_seen.items():
		score = sum(weight for weight, _, _ in per_field.values())
		best_field = max(per_field, key=lambda f: (per_field[f][0], FIELD_WEIGHTS[f]))
		_, text, preferred = per_field[best_field]
		if esco.skills[uri]["skill_type"] == "knowledge":
			score += KNOWLEDGE_BONUS
		if preferred:
			score += PREFERRED_LABEL_BONUS
		score += EXTRA_WORD_BONUS * min(len(text.split()) - 1, MAX_EXTRA_WORDS)
		evidence = f"{best_field}: '{text}' → {esco.skills[uri]['label']}"
		ranked.append((-score, esco.skills[uri]["label"], uri, evidence))
	ranked.sort()
	return [(uri, evidence) for _, _, uri, evidence in ranked[:MAX_COURSE_SKILLS]]


def course_slug(url):
	return url.rstrip("/").rsplit("/", 1)[-1]


def course_department(slug):
	"""Return the department code at the start of an OCW slug, e.g. "6" or "21h".

	A resource slug ("res-7-001-...") counts for the department after "res".
	"""
	parts = slug.split("-")
	if parts[0] == "res" and len(parts) > 1:
		return parts[1]
	return parts[0]


def build_courses(esco, source_dir):
	"""Select COURSE_COUNT courses round-robin over departments, distinct titles, in SHA-256 order."""
	matcher = LabelMatcher(esco)
	path = os.path.join(source_dir, "courses-mit-ocw", "ocw_oer_export.csv")
	by_department = defaultdict(list)
	for row in read_csv(path):
		title = row["CR_TITLE"].strip()
		if not row["CR_URL"].startswith(OCW_QA_HOST) or len(row["CR_ABSTRACT"].strip()) < MIN_ABSTRACT_CHARS:
			continue
		url = OCW_PUBLIC_HOST + row["CR_URL"][len(OCW_QA_HOST) :]
		if utf8_length(title) > MAX_TEXT_BYTES or utf8_length(url) > MAX_URL_BYTES:
			continue
		matches = match_course(matcher, esco, row)
		if len(matches) < MIN_COURSE_SKILLS:
			continue
		slug = course_slug(url)
		level = course_level(row)
		course = {
			"sourceId": slug,
			"title": title,
			"url": url,
			"provider": COURSE_PROVIDER,
			"language": "en",
			"ectsHundredths": None,
			"durationWeeks": None,
			"skills": [{"uri": uri, "label": esco.skills[uri]["label"], "level": level} for uri, _ in matches],
			"matchEvidence": [evidence for _, evidence in matches],
		}
		by_department[course_department(slug)].append((stable_key("ocw", slug), course))
	for courses in by_department.values():
		courses.sort(key=lambda item: item[0])

	selected = []
	seen_titles = set()
	cursors = {department: 0 for department in by_department}
	while len(selected) < COURSE_COUNT and any(cursors[d] < len(by_department[d]) for d in by_department):
		for department in sorted(by_department):
			if len(selected) >= COURSE_COUNT:
				break
			courses = by_department[department]
			while cursors[department] < len(courses):
				_, course = courses[cursors[department]]
				cursors[department] += 1
				title_key = " ".join(normalise_tokens(course["title"]))
				if title_key not in seen_titles:
					seen_titles.add(title_key)
					selected.append(course)
					break
	selected.sort(key=lambda course: course["sourceId"])
	return selected


def sample_pairs(courses):
	"""Return SAMPLE_SIZE (course, skill) pairs in SHA-256 order of "sourceId skillUri"."""
	pairs = []
	for course in courses:
		for skill, evidence in zip(course["skills"], course["matchEvidence"]):
			pairs.append((stable_key("sample", course["sourceId"] + " " + skill["uri"]), course, skill, evidence))
	pairs.sort(key=lambda item: item[0])
	return [(course, skill, evidence) for _, course, skill, evidence in pairs[:SAMPLE_SIZE]]


def dump_json(records):
	"""Serialise a list with one record per line, so diffs stay readable and the file small."""
	lines = [json.dumps(record, ensure_ascii=False, separators=(",", ":")) for record in records]
	return "[\n" + ",\n".join(lines) + "\n]\n"


def derive(source_dir, output_dir):
	esco = Esco(output_dir, source_dir)
	jobs = build_hahu_jobs(esco, source_dir) + build_techwolf_jobs(esco, source_dir)
	courses = build_courses(esco, source_dir)
	return esco, jobs, courses


def validate(esco, jobs, courses):
	"""Return a list of bound or URI violations, which is empty when the listings are valid."""
	problems = []
	for job in jobs:
		name = f"job {job['source']}:{job['sourceId']}"
		if not 1 <= len(job["skills"]) <= MAX_JOB_SKILLS:
			problems.append(f"{name}: {len(job['skills'])} skills, expected 1 to {MAX_JOB_SKILLS}")
		for field in ("title", "employer", "location"):
			if utf8_length(job[field]) > MAX_TEXT_BYTES:
				problems.append(f"{name}: {field} longer than {MAX_TEXT_BYTES} bytes")
		if job["occupationUri"] is not None and job["occupationUri"] not in esco.occupations:
			problems.append(f"{name}: occupation {job['occupationUri']} not in data/esco/occupations.csv")
		uris = [skill["uri"] for skill in job["skills"]]
		if len(set(uris)) != len(uris):
			problems.append(f"{name}: a skill is listed twice")
		for skill in job["skills"]:
			if skill["uri"] not in esco.skills:
				problems.append(f"{name}: skill {skill['uri']} not in data/esco/skills.csv")
	for course in courses:
		name = f"course {course['sourceId']}"
		if not MIN_COURSE_SKILLS <= len(course["skills"]) <= MAX_COURSE_SKILLS:
			problems.append(f"{name}: {len(course['skills'])} skills, expected {MIN_COURSE_SKILLS} to {MAX_COURSE_SKILLS}")
		if utf8_length(course["title"]) > MAX_TEXT_BYTES:
			problems.append(f"{name}: title longer than {MAX_TEXT_BYTES} bytes")
		if utf8_length(course["url"]) > MAX_URL_BYTES or not course["url"].startswith(OCW_PUBLIC_HOST):
			problems.append(f"{name}: url {course['url']} is not a public OCW URL of at most {MAX_URL_BYTES} bytes")
		uris = [skill["uri"] for skill in course["skills"]]
		if len(set(uris)) != len(uris):
			problems.append(f"{name}: a skill is listed twice")
		for skill in course["skills"]:
			if skill["uri"] not in esco.skills:
				problems.append(f"{name}: skill {skill['uri']} not in data/esco/skills.csv")
	return problems


def check_sample(courses, sample_path):
	"""Return problems with the hand-judged sample: wrong pairs, or a missing verdict."""
	if not os.path.exists(sample_path):
		return [f"{sample_path} is missing"]
	rows = read_csv(sample_path)
	expected = [(course["sourceId"], skill["uri"]) for course, skill, _ in sample_pairs(courses)]
	found = [(row["sourceId"], row["skillUri"]) for row in rows]
	problems = []
	if sorted(found) != sorted(expected):
		problems.append(f"{sample_path} does not list the {SAMPLE_SIZE} pairs the sampling rule picks; judge the new sample")
	for row in rows:
		if row["verdict"] not in ("correct", "wrong") or not row["reason"].strip():
			problems.append(f"{sample_path}: pair {row['sourceId']} {row['skillUri']} has no verdict and reason")
	return problems


def write_sample_template(courses, sample_path):
	"""Write the sample pairs with empty verdict and reason columns, for judging by hand."""
	with open(sample_path, "w", newline="", encoding="utf-8") as handle:
		writer = csv.writer(handle)
		writer.writerow(["sourceId", "title", "skillUri", "skillLabel", "evidence", "verdict", "reason"])
		for course, skill, evidence in sample_pairs(courses):
			writer.writerow([course["sourceId"], course["title"], skill["uri"], skill["label"], evidence, "", ""])
	print(f"wrote an unjudged sample to {sample_path}")


def main():
	root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
	parser = argparse.ArgumentParser(description="Derive data/jobs/jobs.json and data/courses/courses.json.")
	parser.add_argument("--source", default=os.path.join(root, "..", "shared", "data"), help="folder with the public source datasets")
	parser.add_argument("--output", default=os.path.join(root, "data"), help="the repository's data/ folder")
	parser.add_argument("--check", action="store_true", help="re-derive and compare with the shipped files; write nothing")
	parser.add_argument("--sample-template", metavar="CSV", help="write the unjudged matcher sample to CSV (for judging by hand)")
	args = parser.parse_args()
	csv.field_size_limit(sys.maxsize)

	esco, jobs, courses = derive(args.source, args.output)
	outputs = {
		os.path.join(args.output, "jobs", "jobs.json"): dump_json(jobs),
		os.path.join(args.output, "courses", "courses.json"): dump_json(courses),
	}
	problems = validate(esco, jobs, courses)

	if args.sample_template:
		write_sample_template(courses, args.sample_template)
		return 0

	if args.check:
		for path, text in outputs.items():
			if not os.path.exists(path):
				problems.append(f"{path} is missing; run scripts/prepare_listings.py")
				continue
			with open(path, encoding="utf-8") as handle:
				if handle.read() != text:
					problems.append(f"{path} differs from a fresh derivation; run scripts/prepare_listings.py")
		problems += check_sample(courses, os.path.join(args.output, "courses", "matcher-sample.csv"))
		for problem in problems:
			print(f"FAIL: {problem}", file=sys.stderr)
		status = "failed" if problems else "passed"
		print(f"listings check {status}: {len(jobs)} jobs, {len(courses)} courses, {len(problems)} problems")
		return 1 if problems else 0

	if problems:
		for problem in problems:
			print(f"invalid: {problem}", file=sys.stderr)
		return 1
	for path, text in outputs.items():
		os.makedirs(os.path.dirname(path), exist_ok=True)
		with open(path, "w", encoding="utf-8") as handle:
			handle.write(text)
		print(f"wrote {path}: {utf8_length(text)} bytes")
	print(f"{len(jobs)} jobs, {len(courses)} courses")
	return 0


if __name__ == "__main__":
	sys.exit(main())
