#!/usr/bin/env python3
"""Check Data/additions.json against facts.json, the reference CSVs and the additions CSV.

Standard library only. Exits 1 with one message per problem; prints the dates found after the
reference cut-off (2025-12-15) as notices, because a source may really date a fact later.
"""
import csv
import datetime
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate_builtin import region_key  # noqa: E402  (one reading of region names, the generator's)

DATA = os.path.dirname(os.path.abspath(__file__))
ADDITIONS_CSV = os.path.join(DATA, "..", "..", "shared", "data", "additions", "mpp_additions.csv")
CUTOFF = datetime.date(2025, 12, 15)
ID_RE = re.compile(r"^[a-z0-9][a-z0-9.-]*$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
SECTIONS = {"about", "sources", "malls", "mallAdjustments", "reportedTotals", "batches", "coverageClaims",
            "milestones", "digital", "conflicts", "notRepresented"}
REPORTERS = {"kemenpanrb", "kemendagri", "regional-government", "vice-president", "press", "other"}
MALL_STAGES = ["planned", "construction", "operating", "inaugurated"]
DIGITAL_STAGES = ["pilot", "committed", "locus", "live"]
MILESTONE_KINDS = {"programme", "digital", "regulation", "target", "province"}

problems = []
notices = []


def fail(where, message):
    problems.append(f"{where}: {message}")


def bounds(text, where):
    """First and last day of a YYYY, YYYY-MM or YYYY-MM-DD date; None when malformed."""
    match = DATE_RE.match(text) if isinstance(text, str) else None
    if not match:
        fail(where, f"expected a date YYYY, YYYY-MM or YYYY-MM-DD, found {text!r}")
        return None
    year, month, day = int(match[1]), match[2] and int(match[2]), match[3] and int(match[3])
    try:
        if not month:
            return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        first = datetime.date(year, month, day or 1)
        if day:
            return first, first
        following = datetime.date(year + (month == 12), month % 12 + 1, 1)
        return first, following - datetime.timedelta(days=1)
    except ValueError as error:
        fail(where, f"date {text} does not exist ({error})")
        return None


def check_date(text, where, nullable=True):
    if text is None:
        if not nullable:
            fail(where, "date is required")
        return None
    span = bounds(text, where)
    if span and span[0] > CUTOFF:
        notices.append(f"{where}: date {text} is after {CUTOFF}")
    return span


def check_window(window, span, where):
    if window is None:
        return
    if not isinstance(window, dict) or set(window) != {"notBefore", "notAfter"}:
        fail(where, f"window must have exactly notBefore and notAfter, found {window!r}")
        return
    days = {}
    for key in ("notBefore", "notAfter"):
        if window[key] is not None:
            day = check_date(window[key], f"{where}.window.{key}")
            if day and day[0] != day[1]:
                fail(where, f"window.{key} must be a day, found {window[key]}")
            if day:
                days[key] = day[0]
                if span and not span[0] <= day[0] <= span[1]:
                    fail(where, f"window.{key} {window[key]} lies outside the date's own period")
    if not days:
        fail(where, "window needs at least one non-null day")
    if len(days) == 2 and days["notBefore"] > days["notAfter"]:
        fail(where, "window.notBefore is after window.notAfter")


def check_text(value, where, nullable=True):
    if value is None:
        if not nullable:
            fail(where, "text is required")
        return
    if not isinstance(value, dict) or set(value) != {"id", "en"}:
        fail(where, f"expected a Text {{\"id\", \"en\"}}, found {value!r}")
        return
    for lang in ("id", "en"):
        if not isinstance(value[lang], str) or not value[lang].strip():
            fail(where, f"Text.{lang} must be a non-empty string")


def main():
    additions = json.load(open(os.path.join(DATA, "additions.json"), encoding="utf-8"))
    facts = json.load(open(os.path.join(DATA, "facts.json"), encoding="utf-8"))
    mapping = json.load(open(os.path.join(DATA, "additions-map.json"), encoding="utf-8"))
    regions = {row["code"]: row for row in csv.DictReader(open(os.path.join(DATA, "reference", "regencies.csv"), encoding="utf-8"))}
    # Region names as the generator spells them (facts.json regionNameSpellings over the CSV).
    official = {code: facts["regionNameSpellings"].get(code, {}).get("name", row["name"]) for code, row in regions.items()}
    provinces = {row["code"] for row in csv.DictReader(open(os.path.join(DATA, "reference", "provinces.csv"), encoding="utf-8"))}
    known = {row["region_code"]: row for row in csv.DictReader(open(os.path.join(DATA, "reference", "mpp_known.csv"), encoding="utf-8"))}

    for key in set(additions) - SECTIONS:
        fail("additions.json", f"unknown section {key!r}")

    # Sources: well formed, unique, no URL twice across both files, every one cited.
    fact_sources = {s["id"]: s for s in facts["sources"]}
    fact_urls = {s["url"] for s in facts["sources"] if s["url"]}
    own_sources = {}
    urls = set()
    for i, source in enumerate(additions.get("sources", [])):
        where = f"sources[{i}] {source.get('id')}"
        if set(source) != {"id", "url", "title", "publisher", "published", "official"}:
            fail(where, f"keys {sorted(source)}")
        sid = source.get("id", "")
        if not ID_RE.match(sid):
            fail(where, "id must be lower-case letters, digits, '-' and '.'")
        if sid in own_sources or sid in fact_sources:
            fail(where, "id already used (here or in facts.json)")
        if source.get("url") in fact_urls:
            fail(where, "URL already in facts.json: reuse that source's id")
        if source.get("url") and source["url"] in urls:
            fail(where, "URL listed twice")
        urls.add(source.get("url"))
        check_date(source.get("published"), f"{where}.published")
        own_sources[sid] = source
    cited = set()

    def cite(ids, where):
        if not isinstance(ids, list) or not ids:
            fail(where, "needs at least one source id")
            return
        for sid in ids:
            if sid not in own_sources and sid not in fact_sources:
                fail(where, f"unknown source {sid!r}")
            cited.add(sid)

    def check_stages(stages, order, where, base=()):
        seen = list(base)
        for j, event in enumerate(stages):
            here = f"{where}.stages[{j}]"
            if set(event) - {"window"} != {"stage", "date", "sources", "note"}:
                fail(here, f"keys {sorted(event)}")
            if event.get("stage") not in order:
                fail(here, f"unknown stage {event.get('stage')!r}")
                continue
            if event["stage"] in [s["stage"] for s in seen]:
                fail(here, f"stage {event['stage']} twice")
            span = check_date(event.get("date"), here)
            check_window(event.get("window"), span, here)
            cite(event.get("sources"), here)
            check_text(event.get("note"), f"{here}.note")
            seen.append(event)
        seen.sort(key=lambda s: order.index(s["stage"]))
        # Dates are periods, as in the generator: a later stage must not end before an earlier one begins.
        dated = [s["date"] for s in seen if s.get("date")]
        for j, earlier in enumerate(dated):
            for later in dated[j + 1:]:
                first, last = bounds(earlier, where), bounds(later, where)
                if first and last and first[0] > last[1]:
                    fail(where, f"dates go backwards along the stages ({earlier} then {later})")

    def check_counts(counts, where):
        dates = [c.get("date") or "" for c in counts]
        if dates != sorted(dates):
            fail(where, "counts must be sorted by date")
        for j, count in enumerate(counts):
            here = f"{where}.counts[{j}]"
            if set(count) != {"date", "services", "agencies", "sources", "note"}:
                fail(here, f"keys {sorted(count)}")
            check_date(count.get("date"), here)
            values = [count.get("services"), count.get("agencies")]
            if all(v is None for v in values):
                fail(here, "services or agencies must be given")
            for v in values:
                if v is not None and (not isinstance(v, int) or v < 0):
                    fail(here, f"count must be an integer >= 0, found {v!r}")
            cite(count.get("sources"), here)
            check_text(count.get("note"), f"{here}.note")

    # Mall base stages as the generator builds them from the CSV and facts.json.
    soft = facts["mallRules"]["softLaunch"]
    fact_source_by_url = {s["url"]: s["id"] for s in facts["sources"] if s["url"]}
    base_stages = {}
    for code, row in known.items():
        if fact_source_by_url.get(row["source"]) == soft["csvSource"]:
            base_stages["mpp-" + code] = [{"stage": soft["stage"], "date": soft["date"]}]
        else:
            base_stages["mpp-" + code] = [{"stage": "inaugurated", "date": row["inaugurated_on"] or None}]
    fact_adjustments = {a["mall"]: a for a in facts["mallAdjustments"]}
    for mall_id, adjustment in fact_adjustments.items():
        if "stages" in adjustment:
            base_stages[mall_id] = [{"stage": s["stage"], "date": s["date"]} for s in adjustment["stages"]]

    def region_labels(code):
        """The place's name in the reference CSV's spelling and in the official one; either is accepted."""
        prefix = "Kabupaten " if regions[code]["type"] == "kabupaten" else "Kota "
        return {prefix + regions[code]["name"], prefix + official[code]}

    mall_dates = {mall_id: list(stages) for mall_id, stages in base_stages.items()}

    # New malls.
    for i, mall in enumerate(additions.get("malls", [])):
        where = f"malls[{i}] {mall.get('id')}"
        if set(mall) != {"id", "region", "name", "stages", "portalIntegration", "counts", "sources", "note"}:
            fail(where, f"keys {sorted(mall)}")
        code = mall.get("region")
        if code not in regions:
            fail(where, f"unknown region {code!r}")
            continue
        if mall.get("id") != "mpp-" + code:
            fail(where, f"id must be mpp-{code}")
        if code in known:
            fail(where, "region already has an MPP in mpp_known.csv: use mallAdjustments")
        if mall["id"] in mall_dates:
            fail(where, "mall listed twice")
        if mall.get("portalIntegration") != "unknown":
            fail(where, "portalIntegration must be 'unknown' (no source gives it)")
        if not mall.get("stages"):
            fail(where, "a new MPP needs at least one stage")
        check_stages(mall.get("stages", []), MALL_STAGES, where)
        check_counts(mall.get("counts", []), where)
        cite(mall.get("sources"), where)
        check_text(mall.get("note"), f"{where}.note")
        mall_dates[mall["id"]] = [{"stage": s["stage"], "date": s.get("date")} for s in mall.get("stages", [])]

    # Adjustments of known malls.
    for i, adjustment in enumerate(additions.get("mallAdjustments", [])):
        mall_id = adjustment.get("mall")
        where = f"mallAdjustments[{i}] {mall_id}"
        if set(adjustment) - {"mall", "name", "addStages", "addCounts", "addSources", "note"}:
            fail(where, f"unknown keys {sorted(set(adjustment) - {'mall', 'name', 'addStages', 'addCounts', 'addSources', 'note'})}")
        code = (mall_id or "")[4:]
        if code not in known:
            fail(where, "no such MPP in mpp_known.csv")
            continue
        expected = region_labels(code) if code in regions else {"DKI Jakarta", "DK Jakarta"}
        if adjustment.get("name") not in expected:
            fail(where, f"name {adjustment.get('name')!r} is none of {sorted(expected)}")
        check_stages(adjustment.get("addStages", []), MALL_STAGES, where, base_stages[mall_id])
        mall_dates[mall_id] = base_stages[mall_id] + [{"stage": s["stage"], "date": s.get("date")} for s in adjustment.get("addStages", [])]
        check_counts(adjustment.get("addCounts", []), where)
        if "addSources" in adjustment:
            cite(adjustment["addSources"], where)
        if "note" in adjustment:
            check_text(adjustment["note"], f"{where}.note", nullable=False)
            if fact_adjustments.get(mall_id, {}).get("note"):
                fail(where, "facts.json already sets a note for this MPP")

    # Reported totals.
    total_dates = {t["date"] for t in facts["reportedTotals"]}
    for i, total in enumerate(additions.get("reportedTotals", [])):
        where = f"reportedTotals[{i}] {total.get('date')}"
        if set(total) - {"window"} != {"date", "total", "reporter", "approximate", "batchRelation", "ordinal", "sources", "note"}:
            fail(where, f"keys {sorted(total)}")
        span = check_date(total.get("date"), where, nullable=False)
        check_window(total.get("window"), span, where)
        if not isinstance(total.get("total"), int) or total["total"] < 0:
            fail(where, "total must be an integer >= 0")
        if total.get("reporter") not in REPORTERS:
            fail(where, f"unknown reporter {total.get('reporter')!r}")
        if total.get("batchRelation") not in (None, "before", "after"):
            fail(where, "batchRelation must be before, after or null")
        if not isinstance(total.get("approximate"), bool) or not isinstance(total.get("ordinal"), bool):
            fail(where, "approximate and ordinal must be booleans")
        cite(total.get("sources"), where)
        check_text(total.get("note"), f"{where}.note")
        total_dates.add(total.get("date"))

    # Batches: members resolve by name; on a day with inauguration batches (of either file), the MPPs
    # inaugurated that day are exactly the members of that day's batches.
    aliases = facts["regionNameAliases"]
    by_label = {}
    for code, region in regions.items():
        by_label.setdefault((region["type"], official[code]), []).append(code)

    def resolve(name, where):
        codes = by_label.get(region_key(aliases.get(name, name)), [])
        if len(codes) != 1:
            fail(where, f"{name!r} matches {len(codes)} regions")
            return None
        return codes[0]

    batch_ids = {b["id"] for b in facts["batches"]}
    members_by_day = {}
    for batch in facts["batches"]:
        if batch["kind"] == "inauguration":
            members_by_day.setdefault(batch["date"], set()).update(
                "mpp-" + str(resolve(name, f"facts.json batch {batch['id']}")) for name in batch["members"])
    for i, batch in enumerate(additions.get("batches", [])):
        where = f"batches[{i}] {batch.get('id')}"
        if set(batch) - {"window"} != {"id", "date", "kind", "announcements", "members", "sources", "note"}:
            fail(where, f"keys {sorted(batch)}")
        if batch.get("id") in batch_ids:
            fail(where, "batch id already used")
        batch_ids.add(batch.get("id"))
        span = check_date(batch.get("date"), where)
        check_window(batch.get("window"), span, where)
        if batch.get("kind") not in ("inauguration", "soft-launch"):
            fail(where, "kind must be inauguration or soft-launch")
        for j, announcement in enumerate(batch.get("announcements", [])):
            here = f"{where}.announcements[{j}]"
            if set(announcement) != {"count", "reporter", "sources", "note"}:
                fail(here, f"keys {sorted(announcement)}")
            if announcement.get("reporter") not in REPORTERS:
                fail(here, "unknown reporter")
            cite(announcement.get("sources"), here)
            check_text(announcement.get("note"), f"{here}.note")
        members = set()
        for name in batch.get("members", []):
            code = resolve(name, where)
            if code and "mpp-" + code not in mall_dates:
                fail(where, f"{name!r} has no MPP")
            members.add("mpp-" + str(code))
        cite(batch.get("sources"), where)
        check_text(batch.get("note"), f"{where}.note")
        if batch.get("kind") == "inauguration":
            members_by_day.setdefault(batch.get("date"), set()).update(members)
    for date, members in sorted(members_by_day.items()):
        on_day = {m for m, stages in mall_dates.items() if any(s["stage"] == "inaugurated" and s["date"] == date for s in stages)}
        if on_day != members:
            fail(f"inauguration batches of {date}", f"members differ from the MPPs inaugurated that day: {sorted(on_day ^ members)}")

    # Coverage claims.
    claim_ids = set()
    for i, claim in enumerate(additions.get("coverageClaims", [])):
        where = f"coverageClaims[{i}] {claim.get('id')}"
        if set(claim) != {"id", "date", "province", "covers", "regions", "except", "count", "sources", "note"}:
            fail(where, f"keys {sorted(claim)}")
        if not ID_RE.match(claim.get("id", "")) or claim["id"] in claim_ids:
            fail(where, "id malformed or repeated")
        claim_ids.add(claim.get("id"))
        check_date(claim.get("date"), where, nullable=False)
        province = claim.get("province")
        if province not in provinces:
            fail(where, f"unknown province {province!r}")
        covers = claim.get("covers")
        if covers not in ("all", "none", "listed"):
            fail(where, "covers must be all, none or listed")
        if (covers == "listed") != bool(claim.get("regions")) or (covers != "all" and claim.get("except")):
            fail(where, "regions go with 'listed', except with 'all'")
        for code in claim.get("regions", []) + claim.get("except", []):
            if code not in regions or regions[code]["province_code"] != province:
                fail(where, f"region {code} is not in province {province}")
        if claim.get("count") is not None and not isinstance(claim["count"], int):
            fail(where, "count must be an integer or null")
        cite(claim.get("sources"), where)
        check_text(claim.get("note"), f"{where}.note")

    # Milestones.
    milestone_ids = {m["id"] for m in facts["milestones"]}
    for i, milestone in enumerate(additions.get("milestones", [])):
        where = f"milestones[{i}] {milestone.get('id')}"
        if set(milestone) != {"id", "date", "kind", "title", "sources"}:
            fail(where, f"keys {sorted(milestone)}")
        if not ID_RE.match(milestone.get("id", "")) or milestone["id"] in milestone_ids:
            fail(where, "id malformed or already used")
        milestone_ids.add(milestone.get("id"))
        check_date(milestone.get("date"), where)
        if milestone.get("kind") not in MILESTONE_KINDS:
            fail(where, "unknown kind")
        check_text(milestone.get("title"), f"{where}.title", nullable=False)
        for lang, text in (milestone.get("title") or {}).items():
            if isinstance(text, str) and len(text) > 90:
                fail(where, f"title.{lang} longer than 90 characters ({len(text)})")
        cite(milestone.get("sources"), where)

    # MPP Digital per region; a region with a 1.0 digital stage must not get the same stage again.
    digital_codes = set()
    fact_digital = {}
    for group in facts["digital"]["groups"]:
        for name in group["regions"]:
            code = resolve(name, "facts.json digital")
            fact_digital.setdefault(code, []).append({"stage": group["stage"], "date": group["date"]})
    for i, entry in enumerate(additions.get("digital", {}).get("regions", [])):
        code = entry.get("region")
        where = f"digital.regions[{i}] {code}"
        if set(entry) != {"region", "stages", "note"}:
            fail(where, f"keys {sorted(entry)}")
        if code not in regions or code in digital_codes:
            fail(where, "unknown or repeated region")
        digital_codes.add(code)
        check_stages(entry.get("stages", []), DIGITAL_STAGES, where, fact_digital.get(code, []))
        check_text(entry.get("note"), f"{where}.note")
    digital_codes |= set(fact_digital)

    # Conflicts: subjects resolve, claims are Texts with sources.
    conflict_ids = {c["id"] for c in facts["conflicts"]}

    def subject_ok(subject):
        kind, _, value = subject.partition(":")
        return (subject == "programme"
                or (kind == "mall" and value in mall_dates)
                or (kind == "total" and value in total_dates)
                or (kind == "batch" and value in batch_ids)
                or (kind == "digital" and value in digital_codes)
                or (kind == "region" and value in regions)
                or (kind == "province" and value in provinces)
                or (kind == "claim" and value in claim_ids))

    for i, conflict in enumerate(additions.get("conflicts", [])):
        where = f"conflicts[{i}] {conflict.get('id')}"
        if set(conflict) != {"id", "subject", "related", "topic", "claims", "resolution"}:
            fail(where, f"keys {sorted(conflict)}")
        if not ID_RE.match(conflict.get("id", "")) or conflict["id"] in conflict_ids:
            fail(where, "id malformed or already used")
        conflict_ids.add(conflict.get("id"))
        for subject in [conflict.get("subject")] + conflict.get("related", []):
            if not isinstance(subject, str) or not subject_ok(subject):
                fail(where, f"subject {subject!r} does not resolve")
        check_text(conflict.get("topic"), f"{where}.topic", nullable=False)
        check_text(conflict.get("resolution"), f"{where}.resolution")
        if len(conflict.get("claims", [])) < 2:
            fail(where, "needs at least two claims")
        for j, claim in enumerate(conflict.get("claims", [])):
            here = f"{where}.claims[{j}]"
            if set(claim) - {"reporter"} != {"text", "value", "date", "sources"}:
                fail(here, f"keys {sorted(claim)}")
            if "reporter" in claim and claim["reporter"] not in REPORTERS:
                fail(here, "unknown reporter")
            check_text(claim.get("text"), f"{here}.text", nullable=False)
            if claim.get("value") is not None and (not isinstance(claim["value"], int) or claim["value"] < 0):
                fail(here, "value must be an integer >= 0 or null")
            check_date(claim.get("date"), here)
            cite(claim.get("sources"), here)

    # Notes that name a conflict must name an existing one.
    def walk(value, where):
        if isinstance(value, dict):
            if set(value) == {"id", "en"}:
                for text in value.values():
                    for name in re.findall(r"(?:konflik|conflict) ([a-z0-9][a-z0-9.-]*[a-z0-9])", text):
                        if name not in conflict_ids:
                            fail(where, f"names unknown conflict {name!r}")
            for key, item in value.items():
                walk(item, f"{where}.{key}")
        elif isinstance(value, list):
            for j, item in enumerate(value):
                walk(item, f"{where}[{j}]")
    walk({k: v for k, v in additions.items() if k != "notRepresented"}, "additions")

    for i, entry in enumerate(additions.get("notRepresented", [])):
        if set(entry) != {"fact", "reason"} or not all(isinstance(entry[k], str) and entry[k] for k in ("fact", "reason")):
            fail(f"notRepresented[{i}]", "needs a non-empty fact and reason")

    for sid in sorted(set(own_sources) - cited):
        fail(f"source {sid}", "never cited")

    # Every line of the additions CSV is accounted for.
    with open(ADDITIONS_CSV, encoding="utf-8") as handle:
        line_count = sum(1 for _ in handle)
    expected_lines = {str(n) for n in range(2, line_count + 1)}
    if set(mapping) != expected_lines:
        fail("additions-map.json", f"lines missing {sorted(expected_lines - set(mapping), key=int)}, "
                                   f"unknown {sorted(set(mapping) - expected_lines, key=int)}")
    for line, where in mapping.items():
        if not isinstance(where, str) or not where.strip():
            fail(f"additions-map.json line {line}", "says nowhere")

    for notice in notices:
        print("notice:", notice)
    for problem in problems:
        print("error:", problem, file=sys.stderr)
    if problems:
        return 1
    print(f"additions.json OK: {len(additions.get('malls', []))} new MPPs, {len(additions.get('mallAdjustments', []))} adjustments, "
          f"{len(additions.get('reportedTotals', []))} totals, {len(additions.get('conflicts', []))} conflicts, "
          f"{len(mapping)} CSV lines accounted for")
    return 0


if __name__ == "__main__":
    sys.exit(main())
