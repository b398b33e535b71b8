#!/usr/bin/env python3
"""Check json/ledger.json: it parses, every reference resolves, per-org event counts, and a small independent
re-implementation of ../../shared/spec/duties.md (as-of 2025-12-31, window 2025) whose findings are compared
with the deliberate gaps listed in generate.py / GAPS.md.  Standard library only.

    python3 verify.py            # checks, prints the count table and the findings; exit 1 on any mismatch
"""
import calendar
import collections
import datetime as dt
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
L = json.load(open(os.path.join(HERE, "json", "ledger.json"), encoding="utf-8"))
D = dt.date.fromisoformat
AS_OF, FROM, TO = D("2025-12-31"), D("2025-01-01"), D("2025-12-31")
YEAR = 2025
problems = []

# ---------------------------------------------------------------------------------------------- references
ORGS = {o["id"]: o for o in L["organizations"]}
MEMS = {m["id"]: m for m in L["members"]}
ACTS = L["activities"]
DIRS = {d["id"]: d for d in L["directives"]}
TYPES = {"MEMBER_ASSEMBLY", "BRANCH_COMMITTEE", "GROUP_MEETING", "PARTY_LECTURE", "THEME_DAY", "ORG_LIFE_MEETING",
         "MEMBER_REVIEW", "LEADERSHIP_LIFE_MEETING", "COMMITTEE_MEETING", "CENTRAL_GROUP_STUDY", "STAFF_FORUM",
         "ELECTION"}
KINDS = {"STUDY", "IDEOLOGY", "STRICT_GOVERNANCE", "PARTY_BUILDING", "MAJOR_DECISION", "OTHER"}
names = collections.Counter(m["name"] for m in L["members"])
for n, c in names.items():
    if c > 1:
        problems.append(f"duplicate member name {n}")
for table in L:
    ids = [r.get("id") for r in L[table] if "id" in r]
    if len(ids) != len(set(ids)):
        problems.append(f"duplicate ids in {table}")


def ref_member(x, where):
    if x not in MEMS:
        problems.append(f"{where}: unknown member {x}")


def check_date(s, where):
    try:
        d = D(s)
    except Exception:
        problems.append(f"{where}: bad date {s}")
        return
    if d > AS_OF:
        problems.append(f"{where}: date after 2025-12-31: {s}")


for o in L["organizations"]:
    w = f"org {o['id']}"
    if o.get("parentId") and o["parentId"] not in ORGS:
        problems.append(f"{w}: unknown parent")
    if o["kind"] == "GROUP" and ORGS[o["parentId"]]["kind"] != "BRANCH":
        problems.append(f"{w}: group parent not a branch")
    for k in ("secretary",):
        if k in o:
            ref_member(o[k], w)
    for k in ("deputySecretaries", "committee"):
        for x in o.get(k, []):
            ref_member(x, w)
    if o.get("secretary") and o.get("committee") and o["secretary"] not in o["committee"]:
        problems.append(f"{w}: secretary not on committee")
    for x in o.get("deputySecretaries", []):
        if x not in o.get("committee", []):
            problems.append(f"{w}: deputy not on committee")
    if o["kind"] == "GROUP" and MEMS[o["secretary"]].get("groupId") != o["id"]:
        problems.append(f"{w}: group leader not in group")
    if o["kind"] == "BRANCH":
        for x in o.get("committee", []) + [o["secretary"]]:
            if MEMS[x]["orgId"] != o["id"]:
                problems.append(f"{w}: committee member {x} not in branch")
    if "termStart" in o and "termYears" not in o:
        problems.append(f"{w}: termStart without termYears")
for m in L["members"]:
    w = f"member {m['id']}"
    if ORGS.get(m["orgId"], {}).get("kind") != "BRANCH":
        problems.append(f"{w}: orgId not a branch")
    if "groupId" in m and (m["groupId"] not in ORGS or ORGS[m["groupId"]].get("parentId") != m["orgId"]):
        problems.append(f"{w}: bad group")
    for k in ("admitted", "probationEnds", "converted", "joinedOrg", "left"):
        if k in m and k != "probationEnds":
            check_date(m[k], w)
for a in ACTS:
    w = f"activity {a['id']}"
    if a["orgId"] not in ORGS:
        problems.append(f"{w}: unknown org")
    if not set(a["types"]) <= TYPES:
        problems.append(f"{w}: bad type")
    check_date(a["date"], w)
    for k in ("host", "recorder"):
        if k in a:
            ref_member(a[k], w)
    if "lecturer" in a and a["lecturer"].startswith("M"):
        ref_member(a["lecturer"], w)
    if "lecturer" in a and not a["lecturer"].startswith("M") and a["lecturer"] in names:
        problems.append(f"{w}: outside lecturer is a member name")
    for x in a.get("attendees", []):
        ref_member(x, w)
    if len(set(a.get("attendees", []))) != len(a.get("attendees", [])):
        problems.append(f"{w}: duplicate attendee")
    present = len(a["attendees"]) if "attendees" in a else a.get("present")
    if present is not None and a.get("expected") is not None and present > a["expected"]:
        problems.append(f"{w}: present > expected")
    for it in a.get("agenda", []):
        if it.get("kind", "OTHER") not in KINDS:
            problems.append(f"{w}: bad agenda kind")
        for s in it.get("studies", []):
            if s not in DIRS:
                problems.append(f"{w}: unknown directive {s}")
for d in L["directives"]:
    check_date(d["date"], f"directive {d['id']}")
for r in L["dues"]:
    ref_member(r["memberId"], "dues")
    check_date(r["paidOn"], "dues")
for t in L["talks"]:
    ref_member(t["by"], "talk")
    ref_member(t["with"], "talk")
    check_date(t["date"], "talk")
    if t["by"] == t["with"]:
        problems.append("talk with oneself")
for ap in L["applicants"]:
    if ORGS[ap["orgId"]]["kind"] != "BRANCH":
        problems.append(f"applicant {ap['id']}: bad org")
    for k in ("applied", "talked", "activist", "candidate", "admitted", "converted"):
        if k in ap:
            check_date(ap[k], f"applicant {ap['id']}")
for e in L["exemptions"]:
    if e.get("orgId") and e["orgId"] not in ORGS:
        problems.append("exemption: unknown org")

# -------------------------------------------------------------------------------------------- count table
ABBR = {"MEMBER_ASSEMBLY": "MA", "BRANCH_COMMITTEE": "BC", "GROUP_MEETING": "GM", "PARTY_LECTURE": "PL",
        "THEME_DAY": "TD", "ORG_LIFE_MEETING": "OL", "MEMBER_REVIEW": "MR", "LEADERSHIP_LIFE_MEETING": "LL",
        "COMMITTEE_MEETING": "CM", "CENTRAL_GROUP_STUDY": "CG", "STAFF_FORUM": "SF", "ELECTION": "EL"}
cnt = collections.Counter()
for a in ACTS:
    for t in a["types"]:
        cnt[(a["orgId"], t, int(a["date"][5:7]))] += 1
print("Event counts per org x type x month (2025)")
print(f"{'org':5} {'type':3} " + " ".join(f"{m:>2}" for m in range(1, 13)) + "   sum")
for o in ORGS:
    for t in ABBR:
        row = [cnt[(o, t, m)] for m in range(1, 13)]
        if sum(row):
            print(f"{o:5} {ABBR[t]:3} " + " ".join(f"{c:>2}" if c else " ." for c in row) + f"   {sum(row):>3}")
print()


# -------------------------------------------------------------------------------------------- evaluator
def month_range(m):
    return D(f"{YEAR}-{m:02d}-01"), D(f"{YEAR}-{m:02d}-{calendar.monthrange(YEAR, m)[1]:02d}")


MONTHS = [month_range(m) for m in range(1, 13)]
QUARTERS = [(MONTHS[3 * q][0], MONTHS[3 * q + 2][1]) for q in range(4)]
HALVES = [(MONTHS[0][0], MONTHS[5][1]), (MONTHS[6][0], MONTHS[11][1])]
YEARP = [(MONTHS[0][0], MONTHS[11][1])]


def plus_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def plus_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def dget(r, k):
    return D(r[k]) if r.get(k) else None


def counted(m, a, b):
    return (m["status"] in ("FULL", "PROBATIONARY") and (not m.get("admitted") or D(m["admitted"]) <= a)
            and (not m.get("joinedOrg") or D(m["joinedOrg"]) <= a) and (not m.get("left") or D(m["left"]) > b))


def counted_members(branch, a, b):
    return [m for m in L["members"] if m["orgId"] == branch and counted(m, a, b)]


def has_committee(b):
    o = ORGS[b]
    if "hasCommittee" in o:
        return o["hasCommittee"]
    return sum(1 for m in counted_members(b, AS_OF, AS_OF) if m["status"] == "FULL") >= 7


def events(org, typ, a, b):
    return [e for e in ACTS if e["orgId"] == org and typ in e["types"] and a <= D(e["date"]) <= b]


F = []


def find(duty, sev, org, period, subject=""):
    F.append((duty, org, subject, period[0].isoformat(), period[1].isoformat(), sev))


OL_TYPES = {"MEMBER_ASSEMBLY", "GROUP_MEETING", "PARTY_LECTURE", "THEME_DAY", "ORG_LIFE_MEETING", "MEMBER_REVIEW"}
branches = [o for o in ORGS if ORGS[o]["kind"] == "BRANCH"]
groups = [o for o in ORGS if ORGS[o]["kind"] == "GROUP"]
roots = [o for o in ORGS if not ORGS[o].get("parentId")]
for b in branches:
    for q in QUARTERS:
        if not events(b, "MEMBER_ASSEMBLY", *q):
            find("SHYK.ASSEMBLY", "MINOR", b, q)
        if not events(b, "PARTY_LECTURE", *q):
            find("SHYK.LECTURE", "MINOR", b, q)
    for mo in MONTHS:
        if has_committee(b) and not events(b, "BRANCH_COMMITTEE", *mo):
            find("SHYK.COMMITTEE", "MINOR", b, mo)
        if not events(b, "THEME_DAY", *mo):
            find("THEME_DAY", "MINOR", b, mo)
    if not events(b, "ORG_LIFE_MEETING", *YEARP[0]):
        find("ORG_LIFE", "MAJOR", b, YEARP[0])
    if not events(b, "MEMBER_REVIEW", *YEARP[0]):
        find("MEMBER_REVIEW", "MAJOR", b, YEARP[0])
    # talks
    com = ORGS[b].get("committee", []) if has_committee(b) else []
    talkers = set(com) if com else {ORGS[b]["secretary"]}
    pairs = {frozenset((t["by"], t["with"])) for t in L["talks"]
             if t.get("kind", "HEART_TO_HEART") == "HEART_TO_HEART" and str(YEAR) == t["date"][:4]}
    cm = counted_members(b, *YEARP[0])
    missing = [(x, y) for i, x in enumerate(com) for y in com[i + 1:] if frozenset((x, y)) not in pairs]
    for m in cm:
        if m["id"] in com or m["id"] == ORGS[b]["secretary"]:
            continue
        if not any(frozenset((m["id"], t)) in pairs for t in talkers):
            missing.append(m["id"])
    if missing:
        find("TALKS.ANNUAL", "MINOR", b, YEARP[0])
        print("  TALKS.ANNUAL", b, "missing:", missing)
    # ORG.COMMITTEE_REQUIRED
    if ORGS[b].get("hasCommittee") is False and \
            sum(1 for m in counted_members(b, AS_OF, AS_OF) if m["status"] == "FULL") >= 7:
        find("ORG.COMMITTEE_REQUIRED", "MINOR", b, YEARP[0])
for g in groups:
    for mo in MONTHS:
        if not events(g, "GROUP_MEETING", *mo):
            find("SHYK.GROUP", "MINOR", g, mo)
for o, org in ORGS.items():
    if org["kind"] in ("LEADING_GROUP", "COMMITTEE", "BRANCH") and org.get("secretary"):
        if not any(e.get("lecturer") == org["secretary"] for e in ACTS
                   if "PARTY_LECTURE" in e["types"] and e["date"][:4] == str(YEAR)):
            find("SHYK.SECRETARY_LECTURE", "MINOR", o, YEARP[0])
for e in ACTS:
    d = D(e["date"])
    att = e.get("attendees")
    present = len(att) if att is not None else e.get("present")
    if "BRANCH_COMMITTEE" in e["types"] and has_committee(e["orgId"]):
        com = ORGS[e["orgId"]]["committee"]
        p = len(set(att) & set(com)) if att is not None else e.get("present")
        if p is not None and not p * 2 > len(com):
            find("SHYK.COMMITTEE_QUORUM", "MINOR", e["orgId"], (d, d), e["id"])
    if "MEMBER_ASSEMBLY" in e["types"] and present is not None and e.get("expected") is not None:
        if not present * 2 > e["expected"]:
            find("SHYK.ASSEMBLY_QUORUM", "MINOR", e["orgId"], (d, d), e["id"])
    if "COMMITTEE_MEETING" in e["types"] and ORGS[e["orgId"]]["kind"] in ("LEADING_GROUP", "COMMITTEE"):
        first = [i for i in e.get("agenda", []) if i["order"] == 1]
        if not first or first[0].get("kind") != "STUDY":
            find("FIRST_AGENDA.EVERY_MEETING", "MINOR", e["orgId"], (d, d), e["id"])
    if set(e["types"]) & {"MEMBER_ASSEMBLY", "BRANCH_COMMITTEE", "GROUP_MEETING", "ORG_LIFE_MEETING",
                          "LEADERSHIP_LIFE_MEETING", "COMMITTEE_MEETING"}:
        miss = []
        if not e.get("topic") and not e.get("agenda"):
            miss.append("topic")
        if att is None and not (e.get("expected") is not None and e.get("present") is not None):
            miss.append("attendance")
        if not e.get("recorder"):
            miss.append("recorder")
        if miss:
            find("RECORD.INCOMPLETE", "MINOR", e["orgId"], (d, d), e["id"])
            print("  RECORD.INCOMPLETE", e["id"], miss)
# theory study
cm_orgs = sorted({e["orgId"] for e in ACTS if "COMMITTEE_MEETING" in e["types"]})
for did, dr in DIRS.items():
    d0 = D(dr["date"])
    end = d0 + dt.timedelta(days=30)
    for o in dr.get("forOrgs", cm_orgs):
        studied = [D(e["date"]) for e in ACTS if e["orgId"] == o and "COMMITTEE_MEETING" in e["types"]
                   for i in e.get("agenda", []) if i.get("kind") == "STUDY" and did in i.get("studies", [])]
        ok = any(d0 <= s <= end for s in studied)
        if end <= AS_OF:
            if not ok:
                find("FIRST_AGENDA.TIMELY", "MINOR", o, (d0, end), did)
                print("  FIRST_AGENDA.TIMELY", o, did, "studied:", [s.isoformat() for s in studied],
                      "lag:", [(s - d0).days for s in studied])
        elif not ok and (end - AS_OF).days <= 10:
            find("FIRST_AGENDA.TIMELY", "NOTICE", o, (d0, end), did)
for o in roots:
    if ORGS[o].get("centralGroup", ORGS[o]["kind"] in ("LEADING_GROUP", "COMMITTEE")):
        n = len(events(o, "CENTRAL_GROUP_STUDY", *YEARP[0]))
        if n < 12:
            find("CENTRAL_GROUP.ANNUAL", "MINOR", o, YEARP[0])
            print("  CENTRAL_GROUP.ANNUAL", o, n)
    if ORGS[o]["kind"] in ("LEADING_GROUP", "COMMITTEE"):
        def items(kind, a, b):
            return [i for e in events(o, "COMMITTEE_MEETING", a, b) for i in e.get("agenda", [])
                    if i.get("kind") == kind]
        for h in HALVES:
            if not items("IDEOLOGY", *h):
                find("COMMITTEE.IDEOLOGY", "MINOR", o, h)
            if not items("STRICT_GOVERNANCE", *h):
                find("COMMITTEE.STRICT_GOVERNANCE", "MINOR", o, h)
        for q in QUARTERS:
            if not items("PARTY_BUILDING", *q):
                find("COMMITTEE.PARTY_BUILDING", "MINOR", o, q)
        if not events(o, "LEADERSHIP_LIFE_MEETING", *YEARP[0]):
            find("LEADERSHIP_LIFE.ANNUAL", "MAJOR", o, YEARP[0])
    for q in QUARTERS:
        if not events(o, "STAFF_FORUM", *q):
            find("STAFF_FORUM.QUARTERLY", "MINOR", o, q)
# elections
for o, org in ORGS.items():
    if org["kind"] in ("COMMITTEE", "GENERAL_BRANCH", "BRANCH") and org.get("termStart"):
        start = D(org["termStart"])
        els = [D(e["date"]) for e in ACTS if e["orgId"] == o and "ELECTION" in e["types"] and D(e["date"]) <= AS_OF]
        eff = max([start] + els)
        orig = plus_years(eff, org["termYears"])
        ext = dget(org, "extendedUntil")
        due = max(orig, ext) if ext else orig
        if due < AS_OF:
            find("ELECTION.OVERDUE", "MAJOR", o, (due, due))
        elif AS_OF < due <= AS_OF + dt.timedelta(days=180):
            find("ELECTION.DUE_SOON", "NOTICE", o, (due, due))
        if ext and ext > plus_years(orig, 1):
            find("ELECTION.EXTENSION_TOO_LONG", "MAJOR", o, (orig, ext))
        print(f"  term {o}: effective start {eff}, due {due}")
# members: attendance and dues
for m in L["members"]:
    b, g = m["orgId"], m.get("groupId")
    ev = [e for e in ACTS if e["orgId"] in (b, g) and set(e["types"]) & OL_TYPES and "attendees" in e]
    for q in QUARTERS:
        if not counted(m, *q):
            continue
        qe = [e for e in ev if q[0] <= D(e["date"]) <= q[1]]
        if qe and not any(m["id"] in e["attendees"] for e in qe):
            find("MEMBER.INACTIVE", "MINOR", b, q, m["id"])
    run = []
    for mo in MONTHS:
        if not counted(m, *mo):
            continue
        me = [e for e in ev if mo[0] <= D(e["date"]) <= mo[1]]
        if not me:
            continue
        if any(m["id"] in e["attendees"] for e in me):
            run = []
        else:
            run.append(mo)
            if len(run) == 6:
                find("MEMBER.LAPSED", "MAJOR", b, (run[0][0], run[-1][1]), m["id"])
                run = []
    run = []
    for mo in MONTHS:
        if not counted(m, *mo):
            continue
        key = mo[0].isoformat()[:7]
        if any(key in r["months"] and D(r["paidOn"]) <= mo[1] for r in L["dues"] if r["memberId"] == m["id"]):
            run = []
        else:
            run.append(mo)
            if len(run) == 6:
                find("DUES.LAPSED", "MAJOR", b, (run[0][0], run[-1][1]), m["id"])
                run = []
for b in branches:
    for mo in MONTHS:
        key = mo[0].isoformat()[:7]
        late = [m["id"] for m in counted_members(b, *mo)
                if not any(key in r["months"] and D(r["paidOn"]) <= mo[1] for r in L["dues"]
                           if r["memberId"] == m["id"])]
        if late:
            find("DUES.MONTHLY", "MINOR", b, mo)
            print("  DUES.MONTHLY", b, key, late)


# development
def in_window(period):
    return FROM <= period[1] <= TO and period[1] <= AS_OF


for ap in L["applicants"]:
    applied = D(ap["applied"])
    lim = plus_months(applied, 1)
    talked = dget(ap, "talked")
    if (talked and talked > lim) or (not talked and AS_OF > lim):
        if in_window((applied, lim)):
            find("DEVELOP.TALK_LATE", "MINOR", ap["orgId"], (applied, lim), ap["id"])
    act, cand = dget(ap, "activist"), dget(ap, "candidate")
    if act and cand and cand < plus_years(act, 1) and in_window((act, cand)):
        find("DEVELOP.CULTIVATION_SHORT", "MAJOR", ap["orgId"], (act, cand), ap["id"])
persons = [("APPLICANT", ap["id"], ap["orgId"], dget(ap, "admitted"), None, dget(ap, "extendedUntil"),
            dget(ap, "converted")) for ap in L["applicants"] if ap.get("admitted")]
persons += [("MEMBER", m["id"], m["orgId"], dget(m, "admitted"), dget(m, "probationEnds"), None, dget(m, "converted"))
            for m in L["members"] if m.get("admitted") and (m["status"] == "PROBATIONARY" or m.get("converted"))]
for kind, pid, org, adm, pend, ext, conv in persons:
    orig = pend or plus_years(adm, 1)
    end = ext or orig
    lim = end + dt.timedelta(days=30)
    if not conv and AS_OF > lim:
        find("DEVELOP.CONVERSION_OVERDUE", "MAJOR", org, (end, end), pid)
    elif conv and conv > lim and in_window((end, end)):
        find("DEVELOP.CONVERSION_OVERDUE", "MINOR", org, (end, end), pid)
    if ext and ext > plus_years(orig, 1) and in_window((orig, ext)):
        find("DEVELOP.EXTENSION_TOO_LONG", "MAJOR", org, (orig, ext), pid)

# event-level filtering for activity/directive findings is implicit (all periods inside 2025 here)
# exemptions
exempted, findings = [], []
for f in F:
    ex = [e for e in L["exemptions"] if (e["duty"] == f[0] or (e["duty"].endswith("*") and
                                                                 f[0].startswith(e["duty"][:-1])))
          and e.get("orgId", f[1]) == f[1] and D(e["from"]) <= D(f[3]) and D(f[4]) <= D(e["to"])]
    (exempted if ex else findings).append(f)

EXPECTED = """
CENTRAL_GROUP.ANNUAL|R||2025-01-01|2025-12-31 MINOR
FIRST_AGENDA.TIMELY|R|D2506|2025-04-15|2025-05-15 MINOR
FIRST_AGENDA.TIMELY|R|D2511|2025-09-03|2025-10-03 MINOR
FIRST_AGENDA.EVERY_MEETING|R|R-CM-2025-08|2025-08-19|2025-08-19 MINOR
FIRST_AGENDA.EVERY_MEETING|C|C-CM-2025-06b|2025-06-24|2025-06-24 MINOR
FIRST_AGENDA.TIMELY|R|D2516|2025-12-09|2026-01-08 NOTICE
FIRST_AGENDA.TIMELY|C|D2516|2025-12-09|2026-01-08 NOTICE
COMMITTEE.IDEOLOGY|R||2025-07-01|2025-12-31 MINOR
COMMITTEE.PARTY_BUILDING|R||2025-07-01|2025-09-30 MINOR
SHYK.COMMITTEE|B4||2025-07-01|2025-07-31 MINOR
SHYK.COMMITTEE|B4||2025-08-01|2025-08-31 MINOR
THEME_DAY|B5||2025-02-01|2025-02-28 MINOR
SHYK.ASSEMBLY|B5||2025-07-01|2025-09-30 MINOR
SHYK.GROUP|B4G2||2025-06-01|2025-06-30 MINOR
SHYK.GROUP|B4G2||2025-07-01|2025-07-31 MINOR
SHYK.GROUP|B4G2||2025-08-01|2025-08-31 MINOR
SHYK.LECTURE|B3||2025-04-01|2025-06-30 MINOR
SHYK.SECRETARY_LECTURE|B5||2025-01-01|2025-12-31 MINOR
ORG_LIFE|B7||2025-01-01|2025-12-31 MAJOR
MEMBER_REVIEW|B7||2025-01-01|2025-12-31 MAJOR
MEMBER.LAPSED|B4|M058|2025-06-01|2025-11-30 MAJOR
MEMBER.LAPSED|B4|M054|2025-04-01|2025-09-30 MAJOR
MEMBER.LAPSED|B5|M070|2025-03-01|2025-08-31 MAJOR
MEMBER.LAPSED|B5|M073|2025-07-01|2025-12-31 MAJOR
MEMBER.INACTIVE|B4|M058|2025-07-01|2025-09-30 MINOR
MEMBER.INACTIVE|B4|M058|2025-10-01|2025-12-31 MINOR
MEMBER.INACTIVE|B4|M054|2025-04-01|2025-06-30 MINOR
MEMBER.INACTIVE|B4|M054|2025-07-01|2025-09-30 MINOR
MEMBER.INACTIVE|B5|M070|2025-04-01|2025-06-30 MINOR
MEMBER.INACTIVE|B5|M073|2025-07-01|2025-09-30 MINOR
MEMBER.INACTIVE|B5|M073|2025-10-01|2025-12-31 MINOR
MEMBER.INACTIVE|B4|M055|2025-01-01|2025-03-31 MINOR
MEMBER.INACTIVE|B6|M085|2025-07-01|2025-09-30 MINOR
MEMBER.INACTIVE|B3|M041|2025-10-01|2025-12-31 MINOR
TALKS.ANNUAL|B3||2025-01-01|2025-12-31 MINOR
SHYK.COMMITTEE_QUORUM|B2|B2-BC-2025-10|2025-10-13|2025-10-13 MINOR
SHYK.ASSEMBLY_QUORUM|B6|B6-MA-2025-07|2025-07-23|2025-07-23 MINOR
RECORD.INCOMPLETE|B3G2|B3G2-GM-2025-05|2025-05-09|2025-05-09 MINOR
RECORD.INCOMPLETE|B5|B5-BC-2025-11|2025-11-07|2025-11-07 MINOR
RECORD.INCOMPLETE|B1G2|B1G2-GM-2025-10|2025-10-10|2025-10-10 MINOR
DUES.LAPSED|B4|M058|2025-06-01|2025-11-30 MAJOR
DUES.MONTHLY|B4||2025-06-01|2025-06-30 MINOR
DUES.MONTHLY|B4||2025-07-01|2025-07-31 MINOR
DUES.MONTHLY|B4||2025-08-01|2025-08-31 MINOR
DUES.MONTHLY|B4||2025-09-01|2025-09-30 MINOR
DUES.MONTHLY|B4||2025-10-01|2025-10-31 MINOR
DUES.MONTHLY|B4||2025-11-01|2025-11-30 MINOR
DUES.MONTHLY|B4||2025-12-01|2025-12-31 MINOR
DUES.MONTHLY|B3||2025-09-01|2025-09-30 MINOR
DUES.MONTHLY|B6||2025-09-01|2025-09-30 MINOR
ELECTION.OVERDUE|B6||2024-09-20|2024-09-20 MAJOR
ELECTION.DUE_SOON|C||2026-06-15|2026-06-15 NOTICE
ELECTION.EXTENSION_TOO_LONG|B2||2025-03-10|2026-07-15 MAJOR
ORG.COMMITTEE_REQUIRED|B6||2025-01-01|2025-12-31 MINOR
DEVELOP.TALK_LATE|B3|A01|2025-03-03|2025-04-03 MINOR
DEVELOP.CULTIVATION_SHORT|B2|A02|2024-11-15|2025-07-15 MAJOR
DEVELOP.EXTENSION_TOO_LONG|B4|A03|2024-09-01|2025-10-08 MAJOR
DEVELOP.CONVERSION_OVERDUE|B5|M078|2025-06-30|2025-06-30 MAJOR
"""
EXPECTED_EXEMPTED = """
THEME_DAY|B7||2025-07-01|2025-07-31 MINOR
THEME_DAY|B7||2025-08-01|2025-08-31 MINOR
"""


def keyset(fs):
    return {"|".join(f[:5]) + " " + f[5] for f in fs}


def parse(s):
    return {x.strip() for x in s.strip().splitlines() if x.strip()}


got, want = keyset(findings), parse(EXPECTED)
gotx, wantx = keyset(exempted), parse(EXPECTED_EXEMPTED)
print()
print(f"findings: {len(got)} (MAJOR {sum(1 for f in findings if f[5] == 'MAJOR')}, "
      f"MINOR {sum(1 for f in findings if f[5] == 'MINOR')}, NOTICE {sum(1 for f in findings if f[5] == 'NOTICE')}); "
      f"exempted: {len(gotx)}")
for k in sorted(got):
    print("  ", k)
for k in sorted(gotx):
    print("   exempted:", k)
for k in sorted(got - want):
    problems.append(f"unexpected finding {k}")
for k in sorted(want - got):
    problems.append(f"missing finding {k}")
for k in sorted(gotx ^ wantx):
    problems.append(f"exempted mismatch {k}")
print()
print("counts:", {k: len(v) for k, v in L.items()})
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  ", p)
    sys.exit(1)
print("OK: all references resolve, findings are exactly the deliberate gaps")
