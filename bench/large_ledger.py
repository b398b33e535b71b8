#!/usr/bin/env python3
"""Write a large synthetic ledger for the benchmark: BRANCHES branches of MEMBERS members each, with
party groups, a year of activity, dues and talks, and a few gaps in every branch.

    python3 bench/large_ledger.py 200 60 /tmp/zicha-bench/ledger.json

Standard library only, deterministic.
"""
import json
import random
import sys


def main(branches, members, path, year=2025):
    rnd = random.Random(year)
    orgs = [{"id": "R", "name": "基准测试局党组", "kind": "LEADING_GROUP", "secretary": "B001-M001"}]
    people, acts, dues, talks = [], [], [], []
    for b in range(1, branches + 1):
        bid = "B%03d" % b
        ids = ["%s-M%03d" % (bid, m) for m in range(1, members + 1)]
        groups = ["%sG%d" % (bid, g) for g in range(1, 4)]
        orgs.append({"id": bid, "name": "第%d党支部" % b, "kind": "BRANCH", "parentId": "R", "secretary": ids[0],
                     "committee": ids[:5], "termStart": "%d-03-01" % (year - 1), "termYears": 3})
        for g, gid in enumerate(groups):
            orgs.append({"id": gid, "name": "第%d党支部第%d党小组" % (b, g + 1), "kind": "GROUP", "parentId": bid,
                         "secretary": ids[5 + g]})
        for i, mid in enumerate(ids):
            people.append({"id": mid, "name": "党员%s" % mid, "orgId": bid, "groupId": groups[i % 3],
                           "status": "FULL", "admitted": "2005-07-01", "outstation": i % 9 == 0})
        for month in range(1, 13):
            day = "%d-%02d-%02d" % (year, month, 10)
            present = [m for m in ids if rnd.random() > 0.1]
            types = ["THEME_DAY"] + (["MEMBER_ASSEMBLY", "PARTY_LECTURE"] if month % 3 == 0 else [])
            if not (month == 2 and b % 7 == 0):
                acts.append({"id": "%s-TD-%02d" % (bid, month), "orgId": bid, "types": types, "date": day,
                             "topic": "%d月主题党日" % month, "attendees": present, "expected": members,
                             "recorder": ids[1], "lecturer": ids[0]})
            if not (month == 7 and b % 5 == 0):
                acts.append({"id": "%s-BC-%02d" % (bid, month), "orgId": bid, "types": ["BRANCH_COMMITTEE"],
                             "date": "%d-%02d-05" % (year, month), "topic": "%d月支委会" % month,
                             "attendees": ids[:5], "recorder": ids[1]})
            for g, gid in enumerate(groups):
                mine = [m for i, m in enumerate(ids) if i % 3 == g]
                acts.append({"id": "%s-GM-%02d" % (gid, month), "orgId": gid, "types": ["GROUP_MEETING"],
                             "date": "%d-%02d-20" % (year, month), "topic": "%d月党小组会" % month,
                             "attendees": [m for m in mine if rnd.random() > 0.15], "recorder": mine[0]})
        acts.append({"id": "%s-OL" % bid, "orgId": bid, "types": ["ORG_LIFE_MEETING", "MEMBER_REVIEW"],
                     "date": "%d-12-15" % year, "topic": "组织生活会", "attendees": ids, "recorder": ids[1]})
        for mid in ids:
            for q in range(4):
                months = ["%d-%02d" % (year, 3 * q + k) for k in (1, 2, 3)]
                dues.append({"memberId": mid, "months": months, "paidOn": "%d-%02d-05" % (year, 3 * q + 1),
                             "amount": 150})
        for i in range(5):
            for j in range(i + 1, 5):
                talks.append({"date": "%d-04-%02d" % (year, 1 + i + j), "by": ids[i], "with": ids[j]})
        for k, mid in enumerate(ids[5:]):
            talks.append({"date": "%d-05-%02d" % (year, 1 + k % 28), "by": ids[k % 5], "with": mid})
    for q in range(4):
        acts.append({"id": "R-SF-%d" % q, "orgId": "R", "types": ["STAFF_FORUM"], "date": "%d-%02d-15" % (year, 3 * q + 2),
                     "topic": "职工恳谈会", "expected": 50, "present": 40, "recorder": "B001-M002"})
    for month in range(1, 13):
        acts.append({"id": "R-CM-%02d" % month, "orgId": "R", "types": ["COMMITTEE_MEETING"],
                     "date": "%d-%02d-12" % (year, month), "topic": "党组会议", "expected": 7, "present": 7,
                     "recorder": "B001-M002", "agenda": [{"order": 1, "title": "学习", "kind": "STUDY"},
                                                         {"order": 2, "title": "党建", "kind": "PARTY_BUILDING"},
                                                         {"order": 3, "title": "意识形态", "kind": "IDEOLOGY"},
                                                         {"order": 4, "title": "从严治党", "kind": "STRICT_GOVERNANCE"}]})
        acts.append({"id": "R-CG-%02d" % month, "orgId": "R", "types": ["CENTRAL_GROUP_STUDY"],
                     "date": "%d-%02d-18" % (year, month), "topic": "中心组学习"})
    acts.append({"id": "R-LL", "orgId": "R", "types": ["LEADERSHIP_LIFE_MEETING"], "date": "%d-12-20" % year,
                 "topic": "民主生活会", "expected": 7, "present": 7, "recorder": "B001-M002"})
    ledger = {"organizations": orgs, "members": people, "activities": acts, "directives": [], "dues": dues,
              "talks": talks, "applicants": [], "exemptions": []}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(ledger, f, ensure_ascii=False)


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])
