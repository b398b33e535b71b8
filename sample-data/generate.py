#!/usr/bin/env python3
"""Generate the sample ledger of a fictional municipal transport bureau (市交通运输局) for 2025.

Writes json/ledger.json next to this script, in the JSON encoding of ../../shared/spec/ledger.md.
Standard library only and deterministic: random.Random(2025), no set iteration, no clock, so every run
writes the same bytes.  All people, names and document numbers are fictional.

Organisation tree
    R    市交通运输局党组 (LEADING_GROUP; secretary M001, the bureau's party secretary, member of B1)
    C    市交通运输局机关党委 (COMMITTEE, parent R)
    B1..B7 branches under C; B1..B5 with 2-3 party groups each (ids B1G1, B1G2, ...)

Deliberate gaps (as-of 2025-12-31, window 2025-01-01..2025-12-31) and the duty codes they should trigger.
Everything not listed here is meant to be compliant.
 1. Theory study lagging
    - R held only 9 CENTRAL_GROUP_STUDY sessions (none in Feb, Aug, Oct)   -> CENTRAL_GROUP.ANNUAL (R, 2025)
    - directive D2506 (2025-04-15) studied at R only on 2025-05-26 (41 d)  -> FIRST_AGENDA.TIMELY (R x D2506)
    - directive D2511 (2025-09-03) never studied at R                      -> FIRST_AGENDA.TIMELY (R x D2511)
    - R's August meeting R-CM-2025-08: item 1 is a MAJOR_DECISION (flood
      emergency), the study moved to item 2                                -> FIRST_AGENDA.EVERY_MEETING (R)
    - C's extra June meeting C-CM-2025-06b recorded without agenda          -> FIRST_AGENDA.EVERY_MEETING (C)
    - directive D2516 (2025-12-09) not yet studied at R nor C (its 30-day
      window ends 2026-01-08, 8 days after as-of)                          -> FIRST_AGENDA.TIMELY NOTICE (R, C)
 2. Leadership responsibility
    - no IDEOLOGY agenda item at R in H2                                   -> COMMITTEE.IDEOLOGY (R, H2)
    - no PARTY_BUILDING agenda item at R in Q3                             -> COMMITTEE.PARTY_BUILDING (R, Q3)
 3. 三会一课 slack
    - B4 no BRANCH_COMMITTEE in July and August                            -> SHYK.COMMITTEE (B4, 07, 08)
    - B5 no THEME_DAY in February                                          -> THEME_DAY (B5, 02)
    - B5 no MEMBER_ASSEMBLY in Q3                                          -> SHYK.ASSEMBLY (B5, Q3)
    - group B4G2 (养护工区党小组) no GROUP_MEETING in June, July, August      -> SHYK.GROUP (B4G2, 06, 07, 08)
    - B3 no PARTY_LECTURE in Q2                                            -> SHYK.LECTURE (B3, Q2)
    - B5's secretary M065 gave no party lecture in 2025                    -> SHYK.SECRETARY_LECTURE (B5, 2025)
 4. B7 (no committee) never held its 2024年度 ORG_LIFE_MEETING / MEMBER_REVIEW -> ORG_LIFE, MEMBER_REVIEW (B7, 2024)
 5. Out-station members not reached
    - M058 (B4 收费站) attended nothing Jun-Dec                              -> MEMBER.LAPSED [06-01,11-30]; MEMBER.INACTIVE Q3, Q4
    - M054 (B4 养护工区) attended nothing Apr-Sep                            -> MEMBER.LAPSED [04-01,09-30]; MEMBER.INACTIVE Q2, Q3
    - M070 (B5 执法一大队) attended nothing Mar-Aug                          -> MEMBER.LAPSED [03-01,08-31]; MEMBER.INACTIVE Q2
    - M073 (B5 执法二大队) attended nothing Jul-Dec                          -> MEMBER.LAPSED [07-01,12-31]; MEMBER.INACTIVE Q3, Q4
    - M055 (B4 养护工区) missed Q1, M085 (B6 港航站) missed Q3,
      M041 (B3, mobile, 驻村第一书记) missed Q4                               -> MEMBER.INACTIVE (one quarter each)
 6. Talks: in B3 committee members M034 and M035 never talked; M039 had only an INTEGRITY_REMINDER talk;
    M041 had no talk                                                       -> TALKS.ANNUAL (B3, 2025)
 7. Quorum / records
    - B2-BC-2025-10: 2 of 5 committee members                              -> SHYK.COMMITTEE_QUORUM (B2)
    - B6-MA-2025-07: present 4 of expected 12                              -> SHYK.ASSEMBLY_QUORUM (B6)
    - B3G2-GM-2025-05 and B5-BC-2025-11 without recorder,
      B1G2-GM-2025-10 without topic                                         -> RECORD.INCOMPLETE (x3)
 8. Dues
    - M058 (B4, out-station) paid nothing for June-December                -> DUES.LAPSED [06-01,11-30]; DUES.MONTHLY (B4, 06..12)
    - M040 (B3) and M088 (B6) paid September in October                    -> DUES.MONTHLY (B3, 09), (B6, 09)
 9. Elections
    - B6 termStart 2021-09-20 + 3 years, no election, no extension         -> ELECTION.OVERDUE (B6, due 2024-09-20)
    - C termStart 2021-06-15 + 5 years = 2026-06-15                         -> ELECTION.DUE_SOON (C) NOTICE
    - B2 termStart 2022-03-10 + 3 years, extended to 2026-07-15 (> 1 year)   -> ELECTION.EXTENSION_TOO_LONG (B2)
    (B1 held its election on 2025-04-18, new termStart 2025-04-18: compliant.)
10. B6 has 12 full members but hasCommittee is explicitly false            -> ORG.COMMITTEE_REQUIRED (B6, 2025)
11. Member development
    - A01 applied 2025-03-03, talked 2025-05-20                             -> DEVELOP.TALK_LATE
    - A02 activist 2024-11-15, candidate 2025-07-15 (8 months)             -> DEVELOP.CULTIVATION_SHORT
    - A03 (= member M063) admitted 2023-09-01, probation extended to
      2025-10-08 (original end 2024-09-01), converted 2025-10-20            -> DEVELOP.EXTENSION_TOO_LONG
    - M078 (B5) probationary since 2024-06-30, not converted                -> DEVELOP.CONVERSION_OVERDUE (MAJOR)
12. Exemption: B7 THEME_DAY 2025-07-01..2025-08-31 (高温, 送学上门), and B7 indeed held none in July/August
                                                                           -> THEME_DAY (B7, 07, 08) moved to `exempted`
13. Close ties with staff: R held no 职工恳谈会 in Q3 (put off during the August flood emergency)
                                                                           -> STAFF_FORUM.QUARTERLY (R, Q3)
14. Leaders and the meetings of the year
    - M019 (党组成员, B2) not at B2's 组织生活会 B2-OL-2025                     -> DUAL_ORG_LIFE (M019, 2025)
    - M019 gave no party lecture at a branch in 2025                       -> LEADER_LECTURE (M019, 2025)
    - B5's secretary talked with only 2 of the 7 other committee members
      before B5-OL-2025                                                    -> ORG_LIFE.PRE_TALKS (B5)
    - M018 and M019 had no talk before R-LL-2025                           -> LEADERSHIP_LIFE.PRE_TALKS (R)
    - R-LL-2025: 3 of 5 present                                            -> LEADERSHIP_LIFE.QUORUM (R)
15. Organisation
    - B5's committee has 8 members                                         -> ORG.COMMITTEE_SIZE (B5)
    - B8, set up on 2025-11-20, has 2 full members and 1 probationary      -> ORG.BRANCH_SIZE (B8)
    - B6 has no party group and 5 members at remote stations               -> ORG.GROUPS_REQUIRED (B6)
    - B1-EL-2025: 12 of 16 present                                         -> ELECTION.QUORUM (B1, MAJOR)
16. M064 (B4, out-station) pays every month on the 5th of the next month: DUES.MONTHLY for B4 in each month,
    and no DUES.LAPSED (a month paid late is paid)
"""
import datetime as dt
import json
import os
import random

YEAR = 2025
rng = random.Random(2025)
D = dt.date

# ----------------------------------------------------------------------------------------------------------
# calendar helpers
HOLIDAYS = set()
for a, b in [((1, 1), (1, 1)), ((1, 28), (2, 4)), ((4, 4), (4, 6)), ((5, 1), (5, 5)), ((5, 31), (6, 2)),
             ((10, 1), (10, 8))]:
    d = D(YEAR, *a)
    while d <= D(YEAR, *b):
        HOLIDAYS.add(d)
        d += dt.timedelta(days=1)


def workday(m, day):
    """The first working day on or after YEAR-m-day (weekends and public holidays skipped)."""
    d = D(YEAR, m, day)
    while d.weekday() >= 5 or d in HOLIDAYS:
        d += dt.timedelta(days=1)
    assert d.month == m, (m, day)
    return d


def fixed(s):
    d = D.fromisoformat(s)
    assert d.weekday() < 5 and d not in HOLIDAYS, s
    return d


def iso(d):
    return d.isoformat() if d else None


CN_NUM = "一二三四五六七八九十"

# ----------------------------------------------------------------------------------------------------------
# organisations
ORGS = [
    dict(id="R", name="市交通运输局党组", kind="LEADING_GROUP", secretary="M001",
         committee=["M001", "M002", "M017", "M018", "M019"]),
    dict(id="C", name="市交通运输局机关党委", kind="COMMITTEE", parentId="R", secretary="M017",
         deputySecretaries=["M006"], committee=["M017", "M006", "M003", "M020", "M031"],
         termStart="2021-06-15", termYears=5),
    dict(id="B1", name="机关第一党支部", kind="BRANCH", parentId="C", secretary="M003",
         deputySecretaries=["M004"], committee=["M003", "M004", "M005", "M007", "M008"],
         termStart="2025-04-18", termYears=3),
    dict(id="B2", name="机关第二党支部", kind="BRANCH", parentId="C", secretary="M020",
         deputySecretaries=["M021"], committee=["M020", "M021", "M022", "M023", "M024"],
         termStart="2022-03-10", termYears=3, extendedUntil="2026-07-15",
         extensionApproval="交机党〔2025〕3号"),
    dict(id="B3", name="运输管理党支部", kind="BRANCH", parentId="C", secretary="M031",
         deputySecretaries=["M032"], committee=["M031", "M032", "M033", "M034", "M035"],
         termStart="2023-11-08", termYears=3),
    dict(id="B4", name="公路建设养护党支部", kind="BRANCH", parentId="C", secretary="M047",
         deputySecretaries=["M048"], committee=["M047", "M048", "M049", "M050", "M051"],
         termStart="2024-03-21", termYears=3),
    dict(id="B5", name="综合执法支队党支部", kind="BRANCH", parentId="C", secretary="M065",
         deputySecretaries=["M066"], committee=["M065", "M066", "M067", "M068", "M069", "M077", "M079", "M080"],
         termStart="2023-09-12", termYears=3),
    dict(id="B6", name="港航事业发展中心党支部", kind="BRANCH", parentId="C", hasCommittee=False,
         secretary="M081", committee=[], termStart="2021-09-20", termYears=3),
    dict(id="B7", name="离退休干部党支部", kind="BRANCH", parentId="C", secretary="M093", committee=[],
         termStart="2024-06-18", termYears=3),
    # gap 15: set up late in the year with the 质量安全监督站, whose three members transferred in
    dict(id="B8", name="工程质量安全监督站党支部", kind="BRANCH", parentId="C", secretary="M099", committee=[],
         established="2025-11-20"),
]
GROUPS = [  # id, name, branch, 组长
    ("B1G1", "机关第一党支部办公室党小组", "B1", "M008"),
    ("B1G2", "机关第一党支部政策法规科党小组", "B1", "M011"),
    ("B2G1", "机关第二党支部综合规划科党小组", "B2", "M022"),
    ("B2G2", "机关第二党支部财务审计科党小组", "B2", "M023"),
    ("B3G1", "运输管理党支部客运管理党小组", "B3", "M033"),
    ("B3G2", "运输管理党支部货运物流党小组", "B3", "M034"),
    ("B3G3", "运输管理党支部出租汽车管理党小组", "B3", "M035"),
    ("B4G1", "公路建设养护党支部建设管理党小组", "B4", "M049"),
    ("B4G2", "公路建设养护党支部养护工区党小组", "B4", "M050"),
    ("B4G3", "公路建设养护党支部收费站治超站党小组", "B4", "M051"),
    ("B5G1", "综合执法支队党支部支队机关党小组", "B5", "M069"),
    ("B5G2", "综合执法支队党支部执法一大队党小组", "B5", "M067"),
    ("B5G3", "综合执法支队党支部执法二大队党小组", "B5", "M068"),
]
for gid, gname, parent, leader in GROUPS:
    ORGS.append(dict(id=gid, name=gname, kind="GROUP", parentId=parent, secretary=leader))
ORG = {o["id"]: o for o in ORGS}
BRANCHES = ["B1", "B2", "B3", "B4", "B5", "B6", "B7"]
GROUPS_OF = {b: [g[0] for g in GROUPS if g[2] == b] for b in BRANCHES}
HAS_COMMITTEE = {b: bool(ORG[b]["committee"]) for b in BRANCHES}

# ----------------------------------------------------------------------------------------------------------
# members: id, name, branch, group, admitted, extra fields.  Role in the comment (not a ledger column).
O, MB, LC = {"outstation": True}, {"mobile": True}, {"leaderCadre": True}
MEMBERS_RAW = [
    # B1 机关第一党支部（办公室、政策法规科）
    ("M001", "陈振华", "B1", "B1G1", "1993-06-18", LC),  # 局党组书记、局长
    ("M002", "刘慧敏", "B1", "B1G2", "1998-05-20", LC),  # 党组成员、副局长
    ("M003", "王立新", "B1", "B1G1", "2001-06-28", {}),  # 办公室主任，支部书记，机关党委委员
    ("M004", "赵雅琴", "B1", "B1G2", "2004-07-01", {}),  # 政策法规科科长，副书记
    ("M005", "孙浩然", "B1", "B1G1", "2008-12-10", {}),  # 办公室副主任，组织委员（党组会议记录）
    ("M006", "周婷", "B1", "B1G1", "2006-06-26", {}),  # 机关党委专职副书记
    ("M007", "吴晓东", "B1", "B1G2", "2010-06-30", {}),  # 政策法规科副科长，宣传委员
    ("M008", "郑丽娟", "B1", "B1G1", "2007-11-15", {}),  # 办公室，纪检委员，办公室党小组组长
    ("M009", "黄俊杰", "B1", "B1G1", "2015-06-25", {}),
    ("M010", "林静怡", "B1", "B1G2", "2016-11-08", {}),
    ("M011", "马骁", "B1", "B1G2", "2012-05-16", {}),  # 政策法规科党小组组长
    ("M012", "徐梦瑶", "B1", "B1G1", "2019-06-28", {}),
    ("M013", "杨帆", "B1", "B1G2", "2020-12-18", {}),
    ("M014", "何佳琪", "B1", "B1G1", "2024-03-15", {"converted": "2025-03-20"}),  # 按期转正
    ("M015", "谢文博", "B1", "B1G1", "2011-07-01", {}),
    ("M016", "罗晓燕", "B1", "B1G2", "2013-06-26", {}),
    # B2 机关第二党支部（综合规划科、财务审计科）
    ("M017", "李国栋", "B2", "B2G1", "1996-07-01", LC),  # 党组成员、副局长、机关党委书记
    ("M018", "张卫东", "B2", "B2G2", "1995-10-12", LC),  # 党组成员、副局长
    ("M019", "钱志刚", "B2", "B2G1", "2000-05-30", LC),  # 党组成员、总工程师
    ("M020", "胡建军", "B2", "B2G1", "2003-06-20", {}),  # 综合规划科科长，支部书记
    ("M021", "冯雪梅", "B2", "B2G2", "2005-11-28", {}),  # 财务审计科科长，副书记
    ("M022", "蒋凯", "B2", "B2G1", "2009-06-30", {}),  # 组织委员，综合规划科党小组组长
    ("M023", "沈丽萍", "B2", "B2G2", "2006-12-20", {}),  # 纪检委员，财务审计科党小组组长
    ("M024", "韩磊", "B2", "B2G1", "2012-06-28", {}),  # 宣传委员
    ("M025", "唐欣", "B2", "B2G1", "2017-05-26", {}),
    ("M026", "曹宇航", "B2", "B2G1", "2018-12-12", {"left": "2025-08-31"}),  # 调任市发展改革委
    ("M027", "邓秀兰", "B2", "B2G2", "2002-07-01", {}),
    ("M028", "许诺", "B2", "B2G2", "2019-07-01", {}),
    ("M029", "彭晓光", "B2", "B2G2", "2014-06-20", {}),
    ("M030", "潘悦", "B2", "B2G1", "2021-06-25", {}),
    # B3 运输管理党支部
    ("M031", "高建平", "B3", "B3G1", "1999-06-25", {}),  # 运输管理处处长，支部书记
    ("M032", "梁晓红", "B3", "B3G2", "2004-06-30", {}),  # 副处长，副书记
    ("M033", "宋国强", "B3", "B3G1", "2006-07-01", {}),  # 客运科科长，组织委员
    ("M034", "董佳", "B3", "B3G2", "2010-12-15", {}),  # 货运科科长，宣传委员
    ("M035", "袁志明", "B3", "B3G3", "2008-06-18", {}),  # 出租汽车管理科科长，纪检委员
    ("M036", "田野", "B3", "B3G1", "2013-06-28", {}),
    ("M037", "付雨欣", "B3", "B3G1", "2018-06-29", {}),
    ("M038", "曾宪伟", "B3", "B3G2", "2011-11-20", {}),
    ("M039", "肖艳", "B3", "B3G2", "2015-07-01", {}),  # 货运许可岗（廉政风险岗位）
    ("M040", "杜宏亮", "B3", "B3G3", "2009-05-12", {}),
    ("M041", "程思远", "B3", "B3G3", "2016-12-20", MB),  # 驻村第一书记
    ("M042", "苏晴", "B3", "B3G1", "2020-06-30", {}),
    ("M043", "魏子豪", "B3", "B3G2", "2021-12-16", {}),
    ("M044", "吕建华", "B3", "B3G3", "1997-07-01", {}),
    ("M045", "丁晓峰", "B3", "B3G1", "2012-06-28", {"joinedOrg": "2025-05-12"}),  # 由县交通运输局转入
    ("M046", "任可欣", "B3", "B3G2", "2025-07-01", {"status": "PROBATIONARY"}),  # 新发展预备党员
    # B4 公路建设养护党支部（公路事业发展中心）
    ("M047", "石志勇", "B4", "B4G1", "1998-06-30", {}),  # 中心主任，支部书记
    ("M048", "廖春燕", "B4", "B4G1", "2003-07-01", {}),  # 副主任，副书记
    ("M049", "贾海涛", "B4", "B4G1", "2007-06-26", {}),  # 建设管理科科长，组织委员
    ("M050", "夏文强", "B4", "B4G2", "2005-12-01", O),  # 养护工区主任，委员
    ("M051", "韦玉兰", "B4", "B4G3", "2009-06-29", O),  # 收费站站长，委员
    ("M052", "方振宇", "B4", "B4G1", "2014-06-30", {}),
    ("M053", "白雪", "B4", "B4G1", "2019-06-21", {}),
    ("M054", "邹明", "B4", "B4G2", "2010-07-01", O),  # 养护工区
    ("M055", "孟祥瑞", "B4", "B4G2", "2013-12-19", O),  # 养护工区
    ("M056", "熊大伟", "B4", "B4G2", "2016-06-30", O),
    ("M057", "秦海燕", "B4", "B4G2", "2008-07-01", O),
    ("M058", "邱少华", "B4", "B4G3", "2012-06-28", O),  # 收费站
    ("M059", "江婷婷", "B4", "B4G3", "2018-06-25", O),
    ("M060", "尹红军", "B4", "B4G3", "2001-06-20", O),
    ("M061", "薛冰", "B4", "B4G1", "2011-06-29", {}),
    ("M062", "闫立伟", "B4", "B4G3", "2015-12-10", O),  # 治超站
    ("M063", "段晓宇", "B4", "B4G1", "2023-09-01",
     {"probationEnds": "2025-10-08", "converted": "2025-10-20"}),  # 延长预备期后转正
    ("M064", "雷振东", "B4", "B4G2", "2004-07-01", O),
    # B5 综合执法支队党支部
    ("M065", "侯建明", "B5", "B5G1", "1997-06-30", {}),  # 支队长，支部书记
    ("M066", "龙晓梅", "B5", "B5G1", "2002-12-18", {}),  # 副支队长，副书记
    ("M067", "史国华", "B5", "B5G2", "2006-06-28", O),  # 一大队大队长，组织委员
    ("M068", "陶然", "B5", "B5G3", "2008-11-26", O),  # 二大队大队长，宣传委员
    ("M069", "黎明辉", "B5", "B5G1", "2010-06-24", {}),  # 法制科科长，纪检委员
    ("M070", "贺军", "B5", "B5G2", "2012-07-01", O),  # 执法一大队（公路超限检测站）
    ("M071", "顾晓静", "B5", "B5G2", "2017-06-27", O),
    ("M072", "毛振国", "B5", "B5G2", "2005-06-29", O),
    ("M073", "郝帅", "B5", "B5G3", "2014-12-23", O),  # 执法二大队（水路执法中队）
    ("M074", "龚丽丽", "B5", "B5G3", "2019-06-28", O),
    ("M075", "邵飞", "B5", "B5G3", "2016-06-30", O),
    ("M076", "万洪涛", "B5", "B5G1", "2009-07-01", MB),  # 借调省交通运输厅执法专项
    ("M077", "严佳慧", "B5", "B5G1", "2020-12-25", {}),
    ("M078", "覃立", "B5", "B5G2", "2024-06-30", {"status": "PROBATIONARY"}),  # 预备期满未转正
    ("M079", "武鹏", "B5", "B5G3", "2011-06-28", {}),
    ("M080", "戴玉梅", "B5", "B5G1", "2007-06-30", {}),
    # B6 港航事业发展中心党支部（未设支委会）
    ("M081", "莫海平", "B6", None, "1996-06-28", {}),  # 中心主任，支部书记
    ("M082", "孔德明", "B6", None, "2003-06-30", {}),  # 副主任
    ("M083", "向丽华", "B6", None, "2008-12-16", {}),
    ("M084", "汤志远", "B6", None, "2011-06-29", {}),
    ("M085", "卢海波", "B6", None, "2006-07-01", O),  # 港航站
    ("M086", "姜雨婷", "B6", None, "2018-12-20", O),  # 港航站
    ("M087", "崔永刚", "B6", None, "2002-06-25", O),  # 港航站
    ("M088", "钟晓敏", "B6", None, "2015-06-30", {}),
    ("M089", "谭伟", "B6", None, "2013-07-01", O),  # 港航站
    ("M090", "陆佳音", "B6", None, "2020-06-29", {}),  # 综合科，支部记录
    ("M091", "汪国庆", "B6", None, "1999-07-01", O),  # 航道站
    ("M092", "范思琪", "B6", None, "2022-06-28", {}),
    # B7 离退休干部党支部（未设支委会）
    ("M093", "金国华", "B7", None, "1983-06-30", {}),  # 原副局长，支部书记
    ("M094", "姚桂芳", "B7", None, "1985-07-01", {}),
    ("M095", "郭德胜", "B7", None, "1984-12-20", {}),
    ("M096", "林秀英", "B7", None, "1988-06-28", {}),
    ("M097", "蔡志成", "B7", None, "1986-07-01", {}),
    ("M098", "叶淑珍", "B7", None, "1990-06-29", {}),
    # B8 工程质量安全监督站党支部 (gap 15), from 2025-11-20
    ("M099", "章立伟", "B8", None, "2006-06-30", {"joinedOrg": "2025-11-20"}),  # 站长，支部书记
    ("M100", "柯美玲", "B8", None, "2014-06-27", {"joinedOrg": "2025-11-20"}),
    ("M101", "鲍宇航", "B8", None, "2025-06-28", {"status": "PROBATIONARY", "joinedOrg": "2025-11-20"}),
]


class Member:
    def __init__(self, mid, name, branch, group, admitted, extra):
        self.id, self.name, self.branch, self.group = mid, name, branch, group
        self.admitted = D.fromisoformat(admitted)
        self.status = extra.get("status", "FULL")
        self.extra = extra
        self.joined = D.fromisoformat(extra["joinedOrg"]) if "joinedOrg" in extra else None
        self.left = D.fromisoformat(extra["left"]) if "left" in extra else None
        self.outstation = extra.get("outstation", False)
        self.mobile = extra.get("mobile", False)
        self.leader = extra.get("leaderCadre", False)

    def member_on(self, d):
        """In the branch on day d (used for expected counts and attendance pools)."""
        return (self.admitted <= d and (self.joined is None or self.joined <= d)
                and (self.left is None or self.left > d))

    def record(self):
        r = {"id": self.id, "name": self.name, "orgId": self.branch}
        if self.group:
            r["groupId"] = self.group
        r["status"] = self.status
        r["admitted"] = iso(self.admitted)
        for k in ("probationEnds", "converted"):
            if k in self.extra:
                r[k] = self.extra[k]
        for k in ("mobile", "outstation", "leaderCadre"):
            if self.extra.get(k):
                r[k] = True
        for k in ("joinedOrg", "left"):
            if k in self.extra:
                r[k] = self.extra[k]
        return r


MEMBERS = [Member(*row) for row in MEMBERS_RAW]
MEM = {m.id: m for m in MEMBERS}
assert len({m.name for m in MEMBERS}) == len(MEMBERS), "duplicate member names"


def branch_members(b, d):
    return [m.id for m in MEMBERS if m.branch == b and m.member_on(d)]


def group_members(g, d):
    return [m.id for m in MEMBERS if m.group == g and m.member_on(d)]


# ----------------------------------------------------------------------------------------------------------
# attendance model: planned absences (the gaps) and random absences (out-station/mobile members more often)
GAP_ABSENT = {  # member -> months with no attendance at all (deliberate gaps 5)
    "M058": range(6, 13), "M054": range(4, 10), "M070": range(3, 9), "M073": range(7, 13),
    "M055": range(1, 4), "M085": range(7, 10), "M041": range(10, 13),
}


def absent_prob(m):
    if m.mobile:
        return 0.35
    if m.outstation:
        return 0.25
    if m.leader:
        return 0.15
    if m.branch == "B7":
        return 0.12
    return 0.06


ORG_LIFE_TYPES = ["MEMBER_ASSEMBLY", "GROUP_MEETING", "PARTY_LECTURE", "THEME_DAY", "ORG_LIFE_MEETING",
                  "MEMBER_REVIEW"]

# ----------------------------------------------------------------------------------------------------------
# topics
THEME_TOPICS = {
    1: "学习贯彻全国交通运输工作会议精神，谋划2025年支部工作",
    2: "“春运有我”党员志愿服务",
    3: "学雷锋志愿服务暨深入贯彻中央八项规定精神学习教育动员",
    4: "清明祭英烈，缅怀革命先烈",
    5: "深入贯彻中央八项规定精神学习教育专题学习研讨",
    6: "“安全生产月”警示教育",
    7: "庆祝建党104周年，重温入党誓词",
    8: "防汛保通一线党员先锋岗实践活动",
    9: "纪念中国人民抗日战争暨世界反法西斯战争胜利80周年专题学习",
    10: "学习贯彻党的二十届四中全会精神",
    11: "交通运输法治宣传进企业、进站场",
    12: "“国家宪法日”学习暨年度党建工作回顾",
}
LECTURE_TOPICS = {
    1: "以严的基调强化正风肃纪——深入贯彻中央八项规定精神专题党课",
    2: "交通运输安全生产专题党课",
    3: "铭记抗战历史，弘扬伟大抗战精神",
    4: "学习贯彻党的二十届四中全会精神专题党课",
}
BC_TOPICS = {
    1: "研究制定2025年支部党建工作计划", 2: "研究年度组织生活会和民主评议党员准备工作",
    3: "研究一季度党员大会议题", 4: "研究深入贯彻中央八项规定精神学习教育安排",
    5: "研究党员发展和党费收缴情况", 6: "研究“七一”主题党日和“两优一先”推荐",
    7: "研究上半年党建工作总结和下半年计划", 8: "研究防汛保通期间党员先锋岗安排",
    9: "研究三季度党员大会议题", 10: "研究学习贯彻党的二十届四中全会精神安排",
    11: "研究年度谈心谈话和党员教育培训", 12: "研究年度党建工作述职和2026年工作思路",
}
GM_TOPICS = {
    1: "学习全国交通运输工作会议精神，交流年度工作打算", 2: "开展批评与自我批评准备，交流检视问题",
    3: "学习《中国共产党纪律处分条例》相关章节", 4: "学习中央八项规定及其实施细则精神",
    5: "交流学习教育心得体会", 6: "观看安全生产警示教育片并讨论",
    7: "学习《求是》重要文章，交流学习体会", 8: "讨论防汛保通期间岗位职责落实",
    9: "学习抗战胜利80周年大会重要讲话精神", 10: "学习党的二十届四中全会公报",
    11: "学习党的二十届四中全会《建议》，结合岗位谈体会", 12: "年度小组工作总结，交流思想情况",
}

# ----------------------------------------------------------------------------------------------------------
# activities
ACTS = []  # dicts, attendees filled in later from "pool"


def act(aid, org, types, date, topic, pool=None, expected=None, present=None, lecturer=None, host=None,
        recorder=None, note=None, agenda=None, attendees=None):
    ACTS.append(dict(id=aid, orgId=org, types=list(types), date=date, topic=topic, pool=pool,
                     expected=expected, present=present, lecturer=lecturer, host=host, recorder=recorder,
                     note=note, agenda=agenda, attendees=attendees))


RECORDER = {"B1": "M005", "B2": "M022", "B3": "M033", "B4": "M049", "B5": "M069", "B6": "M090", "B7": "M094"}
THEME_DAY_DAY = {"B1": 15, "B2": 16, "B3": 12, "B4": 18, "B5": 20, "B6": 22, "B7": 10}
BC_DAY = {"B1": 3, "B2": 4, "B3": 5, "B4": 6, "B5": 7}
GM_DAY = {"B1G1": 9, "B1G2": 10, "B2G1": 9, "B2G2": 11, "B3G1": 8, "B3G2": 9, "B3G3": 10, "B4G1": 12,
          "B4G2": 13, "B4G3": 14, "B5G1": 11, "B5G2": 13, "B5G3": 14}
# lecturer per branch per quarter; None = no lecture that quarter (gap 3: B3 Q2)
LECTURERS = {
    "B1": ["M003", "M002", "M004", "M006"],
    "B2": ["M020", "M018", "M024", "M021"],
    "B3": ["M031", None, "M032", "M031"],
    "B4": ["M047", "M001", "M048", "M049"],           # Q2: 局党组书记到基层支部讲党课
    "B5": ["M066", "市委党校 刘振华教授", "M069", "M066"],  # gap 3: the secretary M065 never lectures
    "B6": ["M081", "市委党校 周立群教授", "M082", "M017"],  # Q4: 机关党委书记讲党课
    "B7": ["M093", "市委老干部局宣讲团 陈国梁", "M093", "M095"],
}
LECTURE_SPECIAL = {
    ("B4", 2): "加快建设交通强国，在公路养护一线践行初心使命——局党组书记专题党课",
    ("B6", 4): "学习贯彻党的二十届四中全会精神，推动港航事业高质量发展——机关党委书记专题党课",
}
ORG_LIFE_DATE = {"B1": "2025-02-12", "B2": "2025-02-13", "B3": "2025-02-18", "B4": "2025-02-20",
                 "B5": "2025-02-21", "B6": "2025-02-25"}  # B7: none (gap 4)


def add_branch_activities():
    for b in BRANCHES:
        sec = ORG[b]["secretary"]
        rec = RECORDER[b]
        # annual org-life meeting + member review (for 2024, held in February 2025)
        if b in ORG_LIFE_DATE:
            act(f"{b}-OL-2025", b, ["ORG_LIFE_MEETING", "MEMBER_REVIEW"], fixed(ORG_LIFE_DATE[b]),
                "2024年度组织生活会暨民主评议党员", pool="branch", host=sec, recorder=rec)
        for m in range(1, 13):
            q = (m - 1) // 3 + 1
            # branch committee (支委会), monthly
            if HAS_COMMITTEE[b] and not (b == "B4" and m in (7, 8)):
                d = workday(m, BC_DAY[b])
                topic = f"{m}月支委会：{BC_TOPICS[m]}"
                note = None
                r = rec
                if b == "B2" and m == 7:
                    d, topic = fixed("2025-07-15"), "7月支委会：研究确定郭雅婷同志为发展对象"
                if b == "B1" and m == 6:
                    d, topic = fixed("2025-06-24"), "6月支委会：研究确定欧阳晨同志为发展对象"
                if b == "B5" and m == 11:
                    r = None  # gap 7: no recorder
                if b == "B2" and m == 10:  # gap 7: 2 of 5 committee members
                    act(f"{b}-BC-2025-{m:02d}", b, ["BRANCH_COMMITTEE"], workday(10, 13), topic, host=sec,
                        recorder="M021", expected=5, attendees=["M020", "M021"],
                        note="委员蒋凯、沈丽萍、韩磊因出差、参加培训未到会")
                else:
                    act(f"{b}-BC-2025-{m:02d}", b, ["BRANCH_COMMITTEE"], d, topic, pool="committee", host=sec,
                        recorder=r, note=note)
            # theme day (主题党日), monthly; in the last month of a quarter combined with assembly and lecture
            skip_td = (b == "B5" and m == 2) or (b == "B7" and m in (7, 8))
            if not skip_td:
                types = ["THEME_DAY"]
                topic = f"{m}月主题党日：{THEME_TOPICS[m]}"
                lecturer = None
                d = workday(m, THEME_DAY_DAY[b])
                if b in ("B1", "B3") and m == 7:
                    d = fixed("2025-07-01")
                if m % 3 == 0:
                    if not (b == "B5" and q == 3) and not (b == "B6" and q == 3):
                        types.append("MEMBER_ASSEMBLY")
                    lecturer = LECTURERS[b][q - 1]
                    if lecturer:
                        types.append("PARTY_LECTURE")
                    parts = []
                    if "MEMBER_ASSEMBLY" in types:
                        parts.append(f"第{CN_NUM[q - 1]}季度党员大会")
                    parts.append(f"{m}月主题党日")
                    if lecturer:
                        parts.append("党课《" + LECTURE_SPECIAL.get((b, q), LECTURE_TOPICS[q]) + "》")
                    topic = "暨".join(parts[:2]) + ("、" + parts[2] if len(parts) > 2 else "") + \
                        f"：{THEME_TOPICS[m]}"
                    if b == "B1" and m == 3:
                        d = fixed("2025-03-20")
                        topic += "；讨论何佳琪同志预备党员转正"
                if b == "B3" and m == 7:
                    types.append("MEMBER_ASSEMBLY")
                    topic = "7月主题党日暨支部党员大会：庆祝建党104周年，重温入党誓词；讨论接收任可欣同志为预备党员"
                act(f"{b}-TD-2025-{m:02d}", b, types, d, topic, pool="branch", host=sec, recorder=rec,
                    lecturer=lecturer)
            # group meetings, monthly
            for g in GROUPS_OF[b]:
                if g == "B4G2" and m in (6, 7, 8):
                    continue  # gap 3
                topic = f"{m}月党小组会：{GM_TOPICS[m]}"
                grec = next(x for x in group_members(g, workday(m, GM_DAY[g])) if x != ORG[g]["secretary"]
                            and x not in GAP_ABSENT and not MEM[x].mobile and not MEM[x].leader)
                if g == "B3G2" and m == 5:
                    grec = None  # gap 7
                if g == "B1G2" and m == 10:
                    topic = None  # gap 7
                act(f"{g}-GM-2025-{m:02d}", g, ["GROUP_MEETING"], workday(m, GM_DAY[g]), topic, pool="group",
                    host=ORG[g]["secretary"], recorder=grec)
    # special events
    # gap 15: 12 of 16 present, not more than four fifths
    act("B1-EL-2025", "B1", ["MEMBER_ASSEMBLY", "ELECTION"], fixed("2025-04-18"),
        "支部党员大会暨换届选举大会：选举产生新一届支部委员会", host="M003", recorder="M005", expected=16,
        attendees=[x for x in branch_members("B1", fixed("2025-04-18")) if x not in ("M001", "M002", "M009", "M010")],
        note="经机关党委批复，选举产生第三届支部委员会；陈振华、刘慧敏同志因公出差，黄俊杰、林静怡同志请假")
    act("B8-TD-2025-12", "B8", ["THEME_DAY"], workday(12, 19), f"12月主题党日：{THEME_TOPICS[12]}", pool="branch",
        host="M099", recorder="M100")
    act("B4-MA-2025-10", "B4", ["MEMBER_ASSEMBLY"], fixed("2025-10-20"),
        "支部党员大会：讨论段晓宇同志预备党员转正", pool="branch", host="M047", recorder="M049")
    act("B6-MA-2025-07", "B6", ["MEMBER_ASSEMBLY"], fixed("2025-07-23"),
        "支部党员大会：学习贯彻全省港航安全生产会议精神，部署汛期港航安全工作", host="M081", recorder="M090",
        expected=12, attendees=["M081", "M082", "M090", "M092"],
        note="主汛期港航站、航道一线值守，多数党员未能到会")


# ---- the leading group R and the committee C ----
DIRECTIVES = [
    ("D2501", "习近平总书记在二十届中央纪委四次全会上的重要讲话", "2025-01-06"),
    ("D2502", "习近平总书记关于做好春运和交通运输安全生产工作的重要指示", "2025-01-22"),
    ("D2503", "习近平总书记在民营企业座谈会上的重要讲话", "2025-02-18"),
    ("D2504", "习近平总书记在参加十四届全国人大三次会议代表团审议时的重要讲话", "2025-03-06"),
    ("D2505", "习近平总书记关于深入贯彻中央八项规定精神学习教育的重要指示", "2025-03-24"),
    ("D2506", "《求是》杂志2025年第8期发表的习近平总书记重要文章", "2025-04-15"),
    ("D2507", "习近平总书记关于加快建设交通强国的重要论述（市委传达件）", "2025-05-12"),
    ("D2508", "习近平总书记关于安全生产工作的重要指示（“安全生产月”专题）", "2025-06-10"),
    ("D2509", "《求是》杂志2025年第13期发表的习近平总书记重要文章", "2025-07-01"),
    ("D2510", "习近平总书记关于防汛救灾工作的重要指示", "2025-08-05"),
    ("D2511", "习近平总书记在纪念中国人民抗日战争暨世界反法西斯战争胜利80周年大会上的重要讲话", "2025-09-03"),
    ("D2512", "习近平总书记关于交通运输工作的重要指示批示（省委传达件）", "2025-09-15"),
    ("D2513", "习近平总书记在党的二十届四中全会第二次全体会议上的重要讲话", "2025-10-23"),
    ("D2514", "《求是》杂志2025年第21期发表的习近平总书记重要文章", "2025-11-10"),
    ("D2515", "习近平总书记关于进一步加强基层党组织建设的重要指示（市委传达件）", "2025-11-25"),
    ("D2516", "习近平总书记关于做好岁末年初安全生产工作的重要指示", "2025-12-09"),  # not yet studied
]
DIR_TITLE = {d[0]: d[1] for d in DIRECTIVES}


def study(ids):
    titles = "；".join(DIR_TITLE[i] for i in ids)
    return {"title": f"第一议题：传达学习{titles}精神", "kind": "STUDY", "studies": list(ids)}


def item(kind, title):
    return {"title": title, "kind": kind}


R_MEETINGS = [  # date, agenda items in order (order numbers are added)
    ("2025-01-14", [study(["D2501"]), item("IDEOLOGY", "研究审议局党组2025年意识形态工作要点"),
                    item("PARTY_BUILDING", "研究审议2025年机关党建工作要点"),
                    item("MAJOR_DECISION", "审议2025年部门预算安排")]),
    ("2025-02-11", [study(["D2502"]), item("STRICT_GOVERNANCE", "研究部署2025年全面从严治党和党风廉政建设工作"),
                    item("OTHER", "听取春运工作情况汇报")]),
    ("2025-03-11", [study(["D2503", "D2504"]), item("PARTY_BUILDING", "研究部署深入贯彻中央八项规定精神学习教育"),
                    item("MAJOR_DECISION", "研究2025年重点交通项目建设计划")]),
    ("2025-04-08", [study(["D2505"]), item("PARTY_BUILDING", "听取一季度基层党建工作情况汇报"),
                    item("OTHER", "研究部署安全生产大检查")]),
    ("2025-05-26", [study(["D2506", "D2507"]), item("MAJOR_DECISION", "研究干部选拔任用事项"),
                    item("OTHER", "研究国省道干线公路养护工程计划")]),
    ("2025-06-24", [study(["D2508"]), item("IDEOLOGY", "分析研判上半年意识形态领域形势"),
                    item("PARTY_BUILDING", "研究“七一”表彰和慰问老党员、困难党员事项"),
                    item("OTHER", "研究部署防汛防台工作")]),
    ("2025-07-15", [study(["D2509"]), item("STRICT_GOVERNANCE", "听取上半年全面从严治党主体责任落实情况汇报"),
                    item("OTHER", "研究下半年重点工作")]),
    ("2025-08-19", [item("MAJOR_DECISION", "紧急研究部署防汛防台和公路水路抢险保通工作"), study(["D2510"]),
                    item("OTHER", "研究汛期安全生产督查安排")]),
    ("2025-09-23", [study(["D2512"]), item("MAJOR_DECISION", "研究2026年重点项目前期工作"),
                    item("OTHER", "研究国庆中秋假期运输保障")]),
    ("2025-10-28", [study(["D2513"]), item("OTHER", "研究学习贯彻党的二十届四中全会精神工作方案"),
                    item("MAJOR_DECISION", "研究交通运输“十五五”规划编制工作")]),
    ("2025-11-18", [study(["D2514"]), item("PARTY_BUILDING", "研究部署年度基层党组织书记抓党建述职评议考核"),
                    item("MAJOR_DECISION", "审议大额资金使用事项")]),
    ("2025-12-04", [study(["D2515"]), item("STRICT_GOVERNANCE", "听取年度党风廉政建设责任制落实情况汇报"),
                    item("OTHER", "研究年度民主生活会准备工作")]),
]
C_MEETINGS = [
    ("2025-01-16", [study(["D2501"]), item("PARTY_BUILDING", "研究2025年机关党建工作计划")]),
    ("2025-02-13", [study(["D2502"]), item("PARTY_BUILDING", "研究机关第二党支部延期换届的请示"),
                    item("OTHER", "研究各支部组织生活会督导安排")]),
    ("2025-03-13", [study(["D2503", "D2504"]), item("PARTY_BUILDING", "研究机关第一党支部换届选举工作安排")]),
    ("2025-04-10", [study(["D2505"]), item("PARTY_BUILDING", "研究深入贯彻中央八项规定精神学习教育实施方案")]),
    ("2025-05-09", [study(["D2506"]), item("PARTY_BUILDING", "研究批复机关第一党支部换届选举结果")]),
    ("2025-06-06", [study(["D2507"]), item("PARTY_BUILDING", "研究“两优一先”推荐人选")]),
    ("2025-07-08", [study(["D2508", "D2509"]), item("PARTY_BUILDING", "研究审批发展党员事项")]),
    ("2025-08-12", [study(["D2510"]), item("OTHER", "研究防汛保通期间党员先锋岗设岗定责")]),
    ("2025-09-11", [study(["D2511"]), item("PARTY_BUILDING", "研究三季度党费收缴和党员管理情况")]),
    ("2025-10-10", [study(["D2512"]), item("PARTY_BUILDING", "研究段晓宇同志预备期满转正的审批")]),
    ("2025-11-06", [study(["D2513"]), item("PARTY_BUILDING", "研究部署学习贯彻党的二十届四中全会精神")]),
    ("2025-12-04", [study(["D2514", "D2515"]), item("PARTY_BUILDING", "研究年度支部书记抓党建述职评议工作")]),
]
R_CG_DATES = ["2025-01-09", "2025-03-06", "2025-04-17", "2025-05-15", "2025-06-12", "2025-07-10",
              "2025-09-11", "2025-11-13", "2025-12-11"]  # gap 1: 9 sessions (no Feb, Aug, Oct)
R_CG_TOPICS = ["学习贯彻二十届中央纪委四次全会精神", "学习领会全国两会精神",
               "深入贯彻中央八项规定精神学习教育专题学习", "学习习近平总书记关于交通运输工作的重要论述",
               "安全生产专题学习研讨", "学习习近平新时代中国特色社会主义思想，庆祝建党104周年专题研讨",
               "纪念抗战胜利80周年专题学习", "学习贯彻党的二十届四中全会精神专题研讨",
               "学习贯彻中央经济工作会议精神，谋划2026年交通运输工作"]


def add_r_c_activities():
    rc = ["M001", "M002", "M017", "M018", "M019"]
    cc = ORG["C"]["committee"]
    for i, (d, items) in enumerate(R_MEETINGS):
        m = int(d[5:7])
        agenda = [dict(order=k + 1, **it) for k, it in enumerate(items)]
        att = [x for x in rc if not (rng.random() < 0.08 and x != "M001")]
        act(f"R-CM-2025-{m:02d}", "R", ["COMMITTEE_MEETING"], fixed(d), f"{m}月党组会议", expected=len(rc),
            attendees=att, host="M001", recorder="M005", agenda=agenda)
    for d, items in C_MEETINGS:
        m = int(d[5:7])
        agenda = [dict(order=k + 1, **it) for k, it in enumerate(items)]
        att = [x for x in cc if not (rng.random() < 0.08 and x != "M017")]
        act(f"C-CM-2025-{m:02d}", "C", ["COMMITTEE_MEETING"], fixed(d), f"{m}月机关党委会议", expected=len(cc),
            attendees=att, host="M017", recorder="M006", agenda=agenda)
    # gap 1: an extra C meeting recorded with topic, attendance and recorder but no agenda
    act("C-CM-2025-06b", "C", ["COMMITTEE_MEETING"], fixed("2025-06-24"),
        "机关党委会议：研究“七一”评选表彰及走访慰问困难党员事项", expected=5,
        attendees=["M017", "M006", "M003", "M020", "M031"], host="M017", recorder="M006",
        note="会议议题未分项记录")
    for i, d in enumerate(R_CG_DATES):
        m = int(d[5:7])
        act(f"R-CG-2025-{m:02d}", "R", ["CENTRAL_GROUP_STUDY"], fixed(d), f"党组理论学习中心组学习：{R_CG_TOPICS[i]}",
            expected=16, present=16 - (i % 3 == 1) - (i % 4 == 2), host="M001", recorder="M005")
    # gap 13: the Q3 forum was put off during the flood emergency and never held
    for q, d in [(1, "2025-03-27"), (2, "2025-06-26"), (4, "2025-12-18")]:
        act(f"R-SF-2025-Q{q}", "R", ["STAFF_FORUM"], fixed(d), f"第{CN_NUM[q - 1]}季度职工恳谈会",
            expected=45, present={1: 41, 2: 38, 4: 43}[q], host="M001", recorder="M006")
    act("R-LL-2025", "R", ["LEADERSHIP_LIFE_MEETING"], fixed("2025-01-22"), "局党组领导班子2024年度民主生活会",
        expected=5, attendees=["M001", "M002", "M017"], host="M001", recorder="M005",
        note="市纪委监委派驻纪检监察组、市委组织部派员列席指导；张卫东、钱志刚同志因公出差未到会")


add_branch_activities()
add_r_c_activities()
ACTS.sort(key=lambda a: (a["date"], a["orgId"], a["id"]))


def fill_attendance():
    for a in ACTS:
        if a["attendees"] is not None or a["pool"] is None:
            continue
        if a["pool"] == "branch":
            pool = branch_members(a["orgId"], a["date"])
        elif a["pool"] == "group":
            pool = group_members(a["orgId"], a["date"])
        else:
            pool = list(ORG[a["orgId"]]["committee"])
        a["expected"] = len(pool)
        att = []
        # committee meetings: now and then one committee member (never the secretary) is away
        away = None
        if a["pool"] == "committee" and rng.random() < 0.3:
            away = rng.choice([x for x in pool if x != ORG[a["orgId"]]["secretary"]])
        for x in pool:
            if a["date"].month in GAP_ABSENT.get(x, ()):
                continue
            r = rng.random()
            if a["pool"] == "committee":
                if x != away:
                    att.append(x)
                continue
            if x in (a["host"], a["recorder"], a["lecturer"]):
                att.append(x)
                continue
            if r < absent_prob(MEM[x]):
                continue
            att.append(x)
        a["attendees"] = att


fill_attendance()


def events_of(mid):
    """Org-life events (with attendee list) of the member's branch or group."""
    m = MEM[mid]
    return [a for a in ACTS if a["attendees"] is not None and (a["orgId"] in (m.branch, m.group))
            and any(t in ORG_LIFE_TYPES for t in a["types"]) and m.member_on(a["date"])]


def repair_attendance():
    """Everybody attends in the months just before and after a deliberate gap; outside the gaps nobody misses
    two event months in a row, and everybody attends at least once in every quarter."""
    for m in MEMBERS:
        gap = GAP_ABSENT.get(m.id, range(0))
        evs = events_of(m.id)
        months = sorted({a["date"].month for a in evs if a["date"].month not in gap})
        must = [x for x in ((gap[0] - 1, gap[-1] + 1) if len(gap) else ()) if x in months]
        attended = {a["date"].month for a in evs if m.id in a["attendees"]} | set(must)
        run = 0
        for mo in months:
            if mo in attended or mo - 1 in gap:
                run = 0 if mo in attended else 1
                continue
            run += 1
            if run == 2:
                must.append(mo)
                attended.add(mo)
                run = 0
        for q in range(4):
            qm = [mo for mo in months if 3 * q < mo <= 3 * q + 3]
            if qm and not any(mo in attended for mo in qm):
                must.append(qm[-1])
                attended.add(qm[-1])
        for mo in sorted(set(must)):
            if any(m.id in a["attendees"] for a in evs if a["date"].month == mo):
                continue
            cands = [a for a in evs if a["date"].month == mo and "THEME_DAY" in a["types"]] or \
                    [a for a in evs if a["date"].month == mo]
            a = cands[0]
            a["attendees"] = [x for x in branch_or_group_pool(a) if x in a["attendees"] or x == m.id]


def branch_or_group_pool(a):
    if a["pool"] == "group":
        return group_members(a["orgId"], a["date"])
    return branch_members(a["orgId"], a["date"])


repair_attendance()


def leaders_at_org_life_meetings():
    """Every leader attends the 组织生活会 of their own branch as an ordinary member, except M019 (gap 14)."""
    leaders = [m.id for m in MEMBERS if m.leader or m.id in ORG["R"]["committee"]]
    for a in ACTS:
        if "ORG_LIFE_MEETING" in a["types"]:
            pool = branch_or_group_pool(a)
            a["attendees"] = [x for x in pool if (x in a["attendees"] or x in leaders) and x != "M019"]


leaders_at_org_life_meetings()

# ----------------------------------------------------------------------------------------------------------
# dues
AMOUNT_RANGE = {"leader": (220, 320), "B7": (20, 60), "outstation": (45, 95), "default": (60, 180)}


def dues_rows():
    rows = []
    monthly_only = {"M045", "M026", "M046", "M058", "M040", "M088", "M078", "M064"}
    for m in MEMBERS:
        kind = "leader" if m.leader else "B7" if m.branch == "B7" else "outstation" if m.outstation else "default"
        lo, hi = AMOUNT_RANGE[kind]
        amount = rng.randint(lo, hi)
        first = 1
        for d in (m.joined, m.admitted):
            if d and d.year == YEAR:
                first = max(first, d.month)
        last = m.left.month if m.left else 12
        if m.id == "M058":
            last = 5  # gap 8: nothing from June to December
        quarterly = m.branch == "B7" or (m.id not in monthly_only and rng.random() < 0.22)
        if quarterly:
            for q in range(4):
                months = [mo for mo in range(3 * q + 1, 3 * q + 4) if first <= mo <= last]
                if not months:
                    continue
                paid = workday(months[0], rng.randint(5, 15))
                rows.append(dict(memberId=m.id, months=[f"{YEAR}-{mo:02d}" for mo in months], paidOn=iso(paid),
                                 amount=amount * len(months)))
        else:
            for mo in range(first, last + 1):
                if mo == 9 and m.id in ("M040", "M088"):
                    paid = workday(10, 13 if m.id == "M040" else 15)  # gap 8: September paid late
                elif (m.joined and m.joined.year == YEAR and mo == m.joined.month):
                    paid = workday(mo, m.joined.day + 6)
                else:
                    paid = workday(mo, rng.randint(5, 15))
                if m.id == "M064":  # gap 16: collected on the 5th of the next month; December's in 2026
                    if mo == 12:
                        continue
                    paid = workday(mo + 1, 5)
                rows.append(dict(memberId=m.id, months=[f"{YEAR}-{mo:02d}"], paidOn=iso(paid), amount=amount))
    rows.sort(key=lambda r: (r["memberId"], r["months"][0]))
    return rows


# ----------------------------------------------------------------------------------------------------------
# talks (谈心谈话)
def rand_date(a, b):
    a, b = D.fromisoformat(a), D.fromisoformat(b)
    d = a + dt.timedelta(days=rng.randint(0, (b - a).days))
    while d.weekday() >= 5 or d in HOLIDAYS:
        d += dt.timedelta(days=1)
    return d


def talk_rows():
    rows = []
    for b in BRANCHES:
        com = ORG[b]["committee"]
        sec = ORG[b]["secretary"]
        if com:
            for i in range(len(com)):
                for j in range(i + 1, len(com)):
                    if b == "B3" and {com[i], com[j]} == {"M034", "M035"}:
                        continue  # gap 6
                    rows.append(dict(date=iso(rand_date("2025-03-01", "2025-11-28")), by=com[i], **{"with": com[j]}))
        talkers = com if com else [sec]
        others = [m.id for m in MEMBERS if m.branch == b and m.id not in talkers]
        for k, x in enumerate(others):
            if b == "B3" and x in ("M039", "M041"):
                continue  # gap 6
            by = sec if MEM[x].leader else talkers[k % len(talkers)]
            first = "2025-06-01" if MEM[x].joined or MEM[x].admitted.year == YEAR else "2025-03-01"
            if x == "M046":
                first = "2025-07-10"
            last = "2025-08-25" if MEM[x].left else "2025-11-28"
            rows.append(dict(date=iso(rand_date(first, last)), by=by, **{"with": x}))
    # before each 组织生活会 the secretary talks with the other committee members (with every member where
    # there is no committee), on fixed days in the 60 days before; B5's secretary only with two (gap 14)
    for b, day in ORG_LIFE_DATE.items():
        sec = ORG[b]["secretary"]
        meeting = D.fromisoformat(day)
        owed = [x for x in (ORG[b]["committee"] or branch_members(b, meeting)) if x != sec]
        if b == "B5":
            owed = ["M066", "M067"]
        for k, x in enumerate(owed):
            rows.append(dict(date=iso(meeting - dt.timedelta(days=10 + 2 * k)), by=sec, **{"with": x}))
    # before the 民主生活会 R-LL-2025 the members of R's committee talk pairwise, except M018 and M019 (gap 14)
    rc = ORG["R"]["committee"]
    for i in range(len(rc)):
        for j in range(i + 1, len(rc)):
            if {rc[i], rc[j]} != {"M018", "M019"}:
                rows.append(dict(date=iso(D(YEAR, 1, 6) + dt.timedelta(days=i + j)), by=rc[i], **{"with": rc[j]}))
    # integrity reminder talks (廉政提醒谈话): they do not count as heart-to-heart talks
    for by, w, d in [("M001", "M002", "2025-01-20"), ("M001", "M017", "2025-01-20"), ("M001", "M018", "2025-01-21"),
                     ("M001", "M019", "2025-01-21"), ("M031", "M039", "2025-04-22"),  # M039: only this one
                     ("M065", "M067", "2025-09-26"), ("M065", "M068", "2025-09-26"),
                     ("M020", "M027", "2025-12-22")]:
        rows.append(dict(date=d, by=by, **{"with": w}, kind="INTEGRITY_REMINDER"))
    rows.sort(key=lambda r: (r["date"], r["by"], r["with"]))
    return rows


# ----------------------------------------------------------------------------------------------------------
APPLICANTS = [
    dict(id="A01", name="朱晨阳", orgId="B3", applied="2025-03-03", talked="2025-05-20"),  # talk late
    dict(id="A02", name="郭雅婷", orgId="B2", applied="2024-03-11", talked="2024-03-28", activist="2024-11-15",
         candidate="2025-07-15"),  # cultivation 8 months
    dict(id="A03", name="段晓宇", orgId="B4", applied="2020-10-12", talked="2020-10-30", activist="2021-04-15",
         candidate="2022-05-20", admitted="2023-09-01", extendedUntil="2025-10-08",
         converted="2025-10-20"),  # probation extended by 1 year 37 days
    dict(id="A04", name="任可欣", orgId="B3", applied="2022-09-05", talked="2022-09-20", activist="2023-03-10",
         candidate="2024-04-12", admitted="2025-07-01"),
    dict(id="A05", name="欧阳晨", orgId="B1", applied="2024-04-08", talked="2024-04-26", activist="2024-06-20",
         candidate="2025-06-24"),
    dict(id="A06", name="殷子涵", orgId="B6", applied="2025-04-08", talked="2025-04-25"),
    dict(id="A07", name="柏林峰", orgId="B4", applied="2025-09-15", talked="2025-10-10"),
    dict(id="A08", name="易晓琳", orgId="B5", applied="2024-10-09", talked="2024-10-30", activist="2025-04-18"),
]

EXEMPTIONS = [
    dict(duty="THEME_DAY", orgId="B7", **{"from": "2025-07-01", "to": "2025-08-31"},
         reason="高温天气，离退休老同志集中活动暂停，改为送学上门", approval="交机党〔2025〕8号"),
]


# ----------------------------------------------------------------------------------------------------------
def org_record(o):
    keys = ["id", "name", "kind", "parentId", "hasCommittee", "established", "secretary", "deputySecretaries",
            "committee", "termStart", "termYears", "extendedUntil", "extensionApproval"]
    return {k: o[k] for k in keys if k in o}


def act_record(a):
    r = {"id": a["id"], "orgId": a["orgId"], "types": a["types"], "date": iso(a["date"])}
    if a["topic"] is not None:
        r["topic"] = a["topic"]
    for k in ("host", "lecturer", "expected", "present", "attendees", "recorder", "note"):
        if a[k] is not None:
            r[k] = a[k]
    if a["agenda"] is not None:
        r["agenda"] = a["agenda"]
    return r


def main():
    ledger = {
        "organizations": [org_record(o) for o in ORGS],
        "members": [m.record() for m in MEMBERS],
        "activities": [act_record(a) for a in ACTS],
        "directives": [dict(id=i, title=t, date=d) for i, t, d in DIRECTIVES],
        "dues": dues_rows(),
        "talks": talk_rows(),
        "applicants": APPLICANTS,
        "exemptions": EXEMPTIONS,
    }
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(os.path.join(here, "json"), exist_ok=True)
    path = os.path.join(here, "json", "ledger.json")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(ledger, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {path}: " + ", ".join(f"{k} {len(v)}" for k, v in ledger.items()))


if __name__ == "__main__":
    main()
