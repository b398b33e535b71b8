#!/usr/bin/env python3
"""Writes the two small ledgers of the report's golden tests (county-education.json,
gas-company.json): fictional, each with a few gaps chosen to exercise the report's
wording. Run it from this folder; the JSON files are committed."""
import json
from datetime import date, timedelta


class Ledger:
    def __init__(self):
        self.d = {k: [] for k in ["organizations", "members", "activities", "directives", "dues", "talks",
                                  "applicants", "exemptions"]}
        self.n = 0

    def org(self, **o):
        self.d["organizations"].append(o)

    def member(self, id, name, org, group=None, **more):
        m = {"id": id, "name": name, "orgId": org, "status": more.pop("status", "FULL"),
             "admitted": more.pop("admitted", "2008-07-01")}
        if group:
            m["groupId"] = group
        m.update(more)
        self.d["members"].append(m)
        return id

    def activity(self, org, day, types, attendees=None, **more):
        self.n += 1
        a = {"id": f"{org}-{self.n:03d}", "orgId": org, "types": types, "date": str(day),
             "topic": more.pop("topic", "学习贯彻党的二十届四中全会精神")}
        if attendees is not None:
            a["expected"] = more.pop("expected", len(attendees))
            a["attendees"] = attendees
            a["recorder"] = more.pop("recorder", attendees[0] if attendees else None)
        a.update(more)
        self.d["activities"].append(a)
        return a

    def write(self, path):
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.d, f, ensure_ascii=False, indent=1)
            f.write("\n")


def months(year, last):
    return [date(year, m, 1) for m in range(1, last + 1)]


def branch_year(l, org, members, committee, last_month, skip=(), lecturer=None, group_of=None):
    """Monthly committee meetings and theme days, quarterly assemblies with a lecture,
    an organisational-life meeting and a member review in November; skip holds
    (kind, month) pairs left out."""
    for m in months(2025, last_month):
        present = [p for p in members if (p, m.month) not in skip]
        if committee and ("committee", m.month) not in skip:
            l.activity(org, m.replace(day=5), ["BRANCH_COMMITTEE"], committee, topic=f"{m.month}月支委会")
        if ("theme", m.month) not in skip:
            l.activity(org, m.replace(day=15), ["THEME_DAY"], present, topic=f"{m.month}月主题党日")
        if m.month in (3, 6, 9, 12) and ("assembly", m.month) not in skip:
            types = ["MEMBER_ASSEMBLY"] + ([] if ("lecture", m.month) in skip else ["PARTY_LECTURE"])
            l.activity(org, m.replace(day=25), types, present, lecturer=lecturer or members[0],
                       topic=f"第{(m.month + 2) // 3}季度党员大会暨党课")
        if m.month == 11:
            if ("orglife", 11) not in skip:
                l.activity(org, m.replace(day=20), ["ORG_LIFE_MEETING", "MEMBER_REVIEW"], present,
                           topic="年度组织生活会和民主评议党员")


def talks(l, members, committee, day, leave_out=()):
    for i, a in enumerate(committee):
        for b in committee[i + 1:]:
            if (a, b) not in leave_out:
                l.d["talks"].append({"date": str(day), "by": a, "with": b})
    for m in members:
        if m not in committee and m not in leave_out:
            l.d["talks"].append({"date": str(day), "by": committee[0], "with": m})


def dues(l, members, last_month, late=()):
    for m in members:
        for q in range(1, (last_month + 2) // 3 + 1):
            ms = [f"2025-{q * 3 - 2 + i:02d}" for i in range(3) if q * 3 - 2 + i <= last_month]
            paid = date(2025, q * 3 - 2, 8)
            if (m, q) in late:
                paid = date(2025, q * 3, 28) + timedelta(days=10)
            l.d["dues"].append({"memberId": m, "months": ms, "paidOn": str(paid)})


def county_education():
    """县教育局党委 (a 党委 as root), 2025, checked as of 31 December."""
    l = Ledger()
    l.org(id="R", name="县教育局党委", kind="COMMITTEE", secretary="E01", committee=["E01", "E02", "E10"],
          termStart="2022-05-10", termYears=5)
    l.org(id="B1", name="局机关党支部", kind="BRANCH", parentId="R", hasCommittee=True, secretary="E02",
          committee=["E02", "E03", "E04"], termStart="2023-04-01", termYears=3)
    l.org(id="B1G1", name="局机关党支部第一党小组", kind="GROUP", parentId="B1", secretary="E05")
    l.org(id="B1G2", name="局机关党支部第二党小组", kind="GROUP", parentId="B1", secretary="E07")
    l.org(id="B2", name="县第一中学党支部", kind="BRANCH", parentId="R", hasCommittee=True, secretary="E10",
          committee=["E10", "E11", "E12"], termStart="2023-09-01", termYears=3)
    l.org(id="B3", name="县实验小学党支部", kind="BRANCH", parentId="R", hasCommittee=False, secretary="E20",
          termStart="2024-03-01", termYears=3)
    l.org(id="B4", name="退休教师党支部", kind="BRANCH", parentId="R", hasCommittee=False, secretary="E30",
          termStart="2022-11-01", termYears=3)
    names = {"E01": "郑国梁", "E02": "林晓燕", "E03": "周建平", "E04": "吴丽华", "E05": "何志强", "E06": "宋雅琴",
             "E07": "黄文斌", "E08": "罗敏", "E09": "谢婷", "E10": "韩立新", "E11": "唐静", "E12": "冯磊",
             "E13": "邓海峰", "E14": "曹雪", "E15": "彭浩", "E16": "蒋琳", "E20": "袁春梅", "E21": "潘志明",
             "E22": "杜鹃", "E23": "叶新", "E24": "程亮", "E30": "魏德厚", "E31": "卢淑珍", "E32": "丁保国",
             "E33": "任秀英"}
    b1 = ["E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "E09"]
    groups = {"E05": "B1G1", "E06": "B1G1", "E01": "B1G1", "E03": "B1G1", "E07": "B1G2", "E08": "B1G2",
              "E09": "B1G2", "E02": "B1G2", "E04": "B1G2"}
    for m in b1:
        l.member(m, names[m], "B1", groups[m])
    b2 = ["E10", "E11", "E12", "E13", "E14", "E15", "E16"]
    for m in b2:
        l.member(m, names[m], "B2", mobile=(m == "E16"))
    b3 = ["E20", "E21", "E22", "E23", "E24"]
    for m in b3:
        l.member(m, names[m], "B3", outstation=False)
    b4 = ["E30", "E31", "E32", "E33"]
    for m in b4:
        l.member(m, names[m], "B4", admitted="1978-06-01")
    # the root's committee meetings: a study first every month, studies of each directive;
    # party building each quarter, ideology twice, strict governance only in the first half
    directives = [("D1", "习近平总书记在全国教育大会上的重要讲话", date(2025, 1, 10)),
                  ("D2", "习近平总书记关于加强新时代教师队伍建设的重要指示", date(2025, 3, 12)),
                  ("D3", "习近平总书记在中共中央政治局第二十次集体学习时的重要讲话", date(2025, 5, 20)),
                  ("D4", "习近平总书记给中国人民大学建校85周年的贺信", date(2025, 9, 3))]
    for did, title, day in directives:
        l.d["directives"].append({"id": did, "title": title, "date": str(day)})
    studied = {1: ["D1"], 3: ["D2"], 6: ["D3"], 9: []}
    for m in months(2025, 12):
        items = [{"order": 1, "title": "学习习近平总书记重要讲话和重要指示批示精神", "kind": "STUDY",
                  "studies": studied.get(m.month, [])}]
        if m.month == 10:
            items[0]["studies"] = ["D4"]
        if m.month == 8:
            items = [{"order": 1, "title": "研究暑期校园安全工作", "kind": "OTHER"}]
        if m.month in (3, 6, 9, 12):
            items.append({"order": 2, "title": "专题研究党建工作", "kind": "PARTY_BUILDING"})
        if m.month in (4, 10):
            items.append({"order": 3, "title": "专题研究意识形态工作", "kind": "IDEOLOGY"})
        if m.month == 5:
            items.append({"order": 3, "title": "专题研究全面从严治党工作", "kind": "STRICT_GOVERNANCE"})
        l.activity("R", m.replace(day=8), ["COMMITTEE_MEETING"], ["E01", "E02", "E10"], agenda=items,
                   topic=f"{m.month}月党委会议")
        l.activity("R", m.replace(day=22), ["CENTRAL_GROUP_STUDY"], ["E01", "E02", "E10"],
                   topic=f"{m.month}月理论学习中心组集体学习")
        if m.month in (3, 6, 9, 12):
            l.activity("R", m.replace(day=26), ["STAFF_FORUM"], ["E01", "E02"], topic="职工恳谈会")
    l.activity("R", date(2025, 12, 18), ["LEADERSHIP_LIFE_MEETING"], ["E01", "E02", "E10"], topic="民主生活会")
    l.activity("R", date(2025, 6, 28), ["PARTY_LECTURE"], ["E01", "E02", "E10"], lecturer="E01",
               topic="党委书记讲党课")
    # B1: all met; its two groups meet monthly, the second misses November and December
    branch_year(l, "B1", b1, ["E02", "E03", "E04"], 12, lecturer="E02")
    for m in months(2025, 12):
        l.activity("B1G1", m.replace(day=18), ["GROUP_MEETING"], ["E05", "E06", "E01", "E03"])
        if m.month not in (11, 12):
            l.activity("B1G2", m.replace(day=19), ["GROUP_MEETING"], ["E07", "E08", "E09", "E02", "E04"])
    # B2: no committee meeting in March to May; its mobile member E16 attends nothing from
    # April to September
    skip2 = {("committee", 3), ("committee", 4), ("committee", 5)}
    skip2 |= {("E16", mo) for mo in range(4, 10)}
    branch_year(l, "B2", b2, ["E10", "E11", "E12"], 12, skip=skip2, lecturer="E10")
    # B3: no theme day in October, its secretary gives no lecture (a teacher lectures)
    branch_year(l, "B3", b3, [], 12, skip={("theme", 10)}, lecturer="E21")
    # B4: no organisational-life meeting or member review
    branch_year(l, "B4", b4, [], 12, skip={("orglife", 11)}, lecturer="E30")
    talks(l, b1, ["E02", "E03", "E04"], date(2025, 10, 15))
    talks(l, b2, ["E10", "E11", "E12"], date(2025, 10, 16))
    talks(l, b3, ["E20"], date(2025, 10, 17))
    talks(l, b4, ["E30"], date(2025, 10, 18), leave_out=("E33",))
    dues(l, b1 + b2 + b3 + b4, 12, late={("E14", 2)})
    l.d["applicants"].append({"id": "A1", "name": "梁思远", "orgId": "B2", "applied": "2025-04-07",
                              "talked": "2025-06-20"})
    return l


def gas_company():
    """市燃气集团公司党总支 (a 党总支 as root), 2025, checked as of 30 September."""
    l = Ledger()
    l.org(id="R", name="市燃气集团公司党总支", kind="GENERAL_BRANCH", secretary="G01", committee=["G01", "G02", "G10"],
          termStart="2023-03-01", termYears=3)
    l.org(id="B1", name="生产运营党支部", kind="BRANCH", parentId="R", hasCommittee=True, secretary="G02",
          committee=["G02", "G03", "G04"], termStart="2024-01-10", termYears=3)
    l.org(id="B1G1", name="生产运营党支部抢修班组党小组", kind="GROUP", parentId="B1", secretary="G05")
    l.org(id="B2", name="综合管理党支部", kind="BRANCH", parentId="R", hasCommittee=False, secretary="G10",
          termStart="2022-06-20", termYears=3)
    names = {"G01": "马永刚", "G02": "高建华", "G03": "孙丽", "G04": "朱国强", "G05": "胡海", "G06": "郭鹏",
             "G07": "杨晨", "G08": "徐文", "G10": "何静", "G11": "陆小兵", "G12": "秦雪"}
    b1 = ["G01", "G02", "G03", "G04", "G05", "G06", "G07", "G08"]
    for m in b1:
        l.member(m, names[m], "B1", "B1G1" if m in ("G05", "G06", "G07", "G08") else None)
    b2 = ["G10", "G11", "G12"]
    for m in b2:
        l.member(m, names[m], "B2")
    # B1: the group misses its meetings from July; G07 attends nothing from February to July
    skip1 = {("G07", mo) for mo in range(2, 8)}
    branch_year(l, "B1", b1, ["G02", "G03", "G04"], 9, skip=skip1, lecturer="G02")
    for m in months(2025, 9):
        if m.month < 7:
            l.activity("B1G1", m.replace(day=20), ["GROUP_MEETING"],
                       [p for p in ["G05", "G06", "G07", "G08"] if not (p == "G07" and 2 <= m.month <= 7)])
    branch_year(l, "B2", b2, [], 9, lecturer="G10")
    talks(l, b1, ["G02", "G03", "G04"], date(2025, 4, 10))
    talks(l, b2, ["G10"], date(2025, 4, 11))
    dues(l, b1 + b2, 9)
    l.d["applicants"].append({"id": "A1", "name": "赵一鸣", "orgId": "B1", "applied": "2024-02-01",
                              "talked": "2024-02-20", "activist": "2024-09-01", "candidate": "2025-05-10"})
    return l


if __name__ == "__main__":
    county_education().write("county-education.json")
    gas_company().write("gas-company.json")
