#!/usr/bin/env python3
"""Write the committed files of the hostile corpus (damaged, unusual and crafted ledgers).

    cd src/test/resources/hostile && python3 _make.py

Standard library only, deterministic. Files that need POI (.xls, encrypted, 1904 workbooks)
or the operating system (a named pipe, an unreadable folder) are built by HostileLedgersTests
itself. This script and README.md are inputs of the corpus too (neither is a ledger file).
"""
import copy
import io
import json
import zipfile

BASE = {
    "organizations": [
        {"id": "R", "name": "市交通运输局党组", "kind": "LEADING_GROUP"},
        {"id": "B1", "name": "机关第一党支部", "kind": "BRANCH", "parentId": "R", "secretary": "m1",
         "termStart": "2024-01-15", "termYears": 3},
    ],
    "members": [
        {"id": "m1", "name": "王建国", "orgId": "B1", "status": "FULL", "admitted": "2005-07-01"},
        {"id": "m2", "name": "李红梅", "orgId": "B1", "status": "FULL", "admitted": "2012-06-20"},
        {"id": "m3", "name": "张伟", "orgId": "B1", "status": "FULL", "admitted": "2015-07-01"},
    ],
    "activities": [
        {"id": "A1", "orgId": "B1", "types": ["MEMBER_ASSEMBLY", "PARTY_LECTURE"], "date": "2025-03-20",
         "topic": "学习党章", "lecturer": "m1", "expected": 3, "attendees": ["m1", "m2", "m3"], "recorder": "m2"},
    ],
    "applicants": [
        {"id": "S1", "name": "陈静", "orgId": "B1", "applied": "2024-03-03", "activist": "2024-06-01"},
    ],
}


def ledger(**changes):
    doc = copy.deepcopy(BASE)
    for table, records in changes.items():
        doc[table] = records
    return doc


def dump(doc):
    return json.dumps(doc, ensure_ascii=False, indent=1)


def write(name, content):
    data = content.encode("utf-8") if isinstance(content, str) else content
    with open(name, "wb") as f:
        f.write(data)


def org(**extra):
    o = copy.deepcopy(BASE["organizations"][1])
    o.update(extra)
    return BASE["organizations"][:1] + [o]


def act(**extra):
    a = copy.deepcopy(BASE["activities"][0])
    a.update(extra)
    return [a]


def json_cases():
    write("json-clean.json", dump(BASE))
    text = dump(BASE)
    # a careless merge: the activities array twice; the first would be lost
    write("json-duplicate-table.json", text[:-2] + ',\n "activities": [{"id": "A9", "orgId": "B1", '
          '"types": ["THEME_DAY"], "date": "2025-04-20"}]\n}')
    write("json-duplicate-field.json", text.replace('"id": "A1",', '"id": "A1", "date": "2025-01-01",', 1))
    write("json-number-beyond-double.json", text.replace('"expected": 3', '"expected": 1e400'))
    write("json-number-400-digits.json", text.replace('"expected": 3', '"expected": ' + "9" * 400))
    write("json-number-exponent-overflow.json", text.replace('"expected": 3', '"expected": 1e-2147483649'))
    write("json-number-too-long.json", text.replace('"expected": 3', '"expected": ' + "1" * 2000))
    write("json-term-years-two-billion.json", dump(ledger(organizations=org(termYears=2000000000))))
    write("json-term-years-zero.json", dump(ledger(organizations=org(termYears=0))))
    write("json-negative-count.json", dump(ledger(activities=act(expected=-5))))
    write("json-count-as-huge-string.json", dump(ledger(activities=act(expected="99999999999999999999"))))
    write("json-applicant-stages-reversed.json", dump(ledger(applicants=[
        {"id": "S1", "name": "陈静", "orgId": "B1", "applied": "2023-03-03", "activist": "2024-06-01",
         "candidate": "2024-01-01"}])))
    write("json-applicant-extension-before-end.json", dump(ledger(applicants=[
        {"id": "S1", "name": "陈静", "orgId": "B1", "applied": "2022-03-03", "admitted": "2023-09-01",
         "extendedUntil": "2023-10-01"}])))
    write("json-dates-out-of-range.json", dump(ledger(members=BASE["members"] + [
        {"id": "m4", "name": "古人", "orgId": "B1", "status": "FULL", "admitted": "0001-01-01"}],
        activities=act(date="9999-12-31"))))
    write("json-escape-sequences.json", dump(ledger(
        organizations=org(name="\u001b[2J\u001b[H机关第一党支部\u001b]0;已被接管\u0007"),
        activities=act(topic="\u001b]52;c;cm0gLXJmIH4=\u0007学习党章\u009b31m"))))
    write("json-escape-in-error.json", dump(ledger(activities=act(orgId="B1\u001b[2J\u001b]52;c;ZXZpbA==\u0007"))))
    write("json-bidi-override.json", dump(ledger(organizations=org(name="机关第一\u202e部支党\u202c"))))
    write("json-nul-and-lone-surrogate.json", text.replace("学习党章", "学习\\u0000党章\\ud800"))
    write("json-html-and-formulas.json", dump(ledger(
        organizations=org(name="<script>alert(1)</script>机关第一党支部"),
        activities=act(topic="=cmd|' /C calc'!A0", recorder="m2"))))
    write("json-truncated.json", text[: len(text) // 2])
    write("json-gbk.json", text.encode("gbk"))
    write("json-utf8-bom.json", b"\xef\xbb\xbf" + text.encode("utf-8"))
    write("json-utf16.json", text.encode("utf-16"))
    write("json-empty.json", b"")
    write("json-whitespace.json", "  \n\t ")
    write("json-top-level-array.json", "[" + text + "]")
    write("json-null.json", "null")
    write("json-trailing-garbage.json", text + "\n}}}")
    write("json-deep-nesting.json", '{"organizations": [{"id": ' + "[" * 5000 + "]" * 5000 + "}]}")
    write("json-nulls-for-required.json", dump(ledger(
        organizations=[{"id": None, "name": None, "kind": None}] + BASE["organizations"],
        activities=[{"id": "A1", "orgId": None, "types": None, "date": None}])))
    write("json-wrong-types.json", dump(ledger(
        organizations=[["R"], {"id": {"nested": 1}, "name": "x", "kind": "BRANCH"}] + BASE["organizations"],
        members="m1",
        activities=act(types=[["MEMBER_ASSEMBLY"]], attendees={"m1": True}, agenda="学习"))))
    write("json-cycle-and-unknown-references.json", dump(ledger(
        organizations=BASE["organizations"] + [
            {"id": "C1", "name": "机关党委", "kind": "COMMITTEE", "parentId": "C2"},
            {"id": "C2", "name": "机关二党委", "kind": "COMMITTEE", "parentId": "C1"},
            {"id": "B2", "name": "第二党支部", "kind": "BRANCH", "parentId": "B2"}],
        activities=act(host="不存在的人", attendees=["m1", "m9", ""], recorder="王建国"))))
    write("json-duplicate-ids.json", dump(ledger(members=BASE["members"] + [
        {"id": "m1", "name": "王建国", "orgId": "B1", "status": "PROBATIONARY"}])))
    write("json-odd-duty-codes.json", dump(ledger(exemptions=[
        {"duty": "*", "from": "2025-01-01", "to": "2025-12-31", "reason": "全部"},
        {"duty": "SHYK.(", "from": "2025-01-01", "to": "2025-12-31", "reason": "括号"},
        {"duty": ".*", "from": "2025-01-01", "to": "2025-12-31", "reason": "正则"},
        {"duty": "THEME_DAY", "from": "2025-12-31", "to": "2025-01-01", "reason": "倒置"}])))
    write("json-odd-months.json", dump(ledger(dues=[
        {"memberId": "m1", "months": ["2025-00", "2025-13", "9999-12", "0001-01"], "paidOn": "2025-01-10"},
        {"memberId": "m2", "months": [], "paidOn": "2025-01-10", "amount": 1e15}])))
    write("json-long-texts.json", json.dumps(ledger(
        organizations=org(name="机关第一党支部" * 1000),
        activities=act(topic="学" * 20000, note="注" * 3000)), ensure_ascii=False))
    write("json-many-unknown-keys.json", dump(ledger(activities=act(**{"k%d" % i: i for i in range(2000)}))))
    write("json-unknown-tables-only.json", dump({"foo": [1], "bar": {"x": 1}}))
    write("json-agenda-not-array.json", dump(ledger(activities=act(
        types=["COMMITTEE_MEETING"], orgId="R", agenda={"order": 1}))))
    write("json-control-chars-in-keys.json", text.replace('"topic"', '"to\\u001bpic"'))
    write("json-huge-list.json", json.dumps(ledger(activities=act(attendees=["m1"] * 20000, expected=3))))


CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '{sheets}</Types>')
SHEET_CT = ('<Override PartName="/xl/worksheets/sheet{n}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="xl/workbook.xml"/></Relationships>')
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

SHEETS = [
    ("组织", [["组织编号", "组织名称", "组织类型", "上级组织编号"], ["R", "市交通运输局党组", "党组", None],
             ["B1", "机关第一党支部", "党支部", "R"]]),
    ("党员", [["党员编号", "姓名", "所在支部", "党员类别"], ["m1", "王建国", "B1", "正式党员"],
             ["m2", "李红梅", "B1", "正式党员"], ["m3", "张伟", "B1", "正式党员"]]),
    ("活动", [["活动编号", "组织编号", "活动类型", "日期", "应到人数", "参会人员"],
             ["A1", "B1", "党员大会、党课", "2025-03-20", 3, "m1、m2、m3"]]),
]


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def col(i):
    return chr(ord("A") + i)


def sheet_xml(rows, refs=True, prolog="", extra="", cell=None):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', prolog,
           '<worksheet xmlns="%s"><sheetData>' % MAIN]
    for r, row in enumerate(rows, 1):
        out.append('<row r="%d">' % r if refs else "<row>")
        for c, value in enumerate(row):
            if value is None:
                continue
            ref = ' r="%s%d"' % (col(c), r) if refs else ""
            if cell:
                out.append(cell(ref, value))
            elif isinstance(value, (int, float)):
                out.append('<c%s><v>%s</v></c>' % (ref, value))
            else:
                out.append('<c%s t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(value)))
        out.append("</row>")
    out.append("</sheetData>%s</worksheet>" % extra)
    return "".join(out)


class Zip(zipfile.ZipFile):
    """A zip whose entries carry a fixed time, so that the script writes the same bytes every run."""

    def writestr(self, name, data, compress_type=None, compresslevel=None):
        info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
        info.compress_type = self.compression
        super().writestr(info, data)


def workbook(name, sheets=SHEETS, main=MAIN, workbook_prolog="", sheet_xmls=None, compress=zipfile.ZIP_DEFLATED,
             rel_ns=REL_NS):
    buf = io.BytesIO()
    with Zip(buf, "w", compress) as z:
        z.writestr("[Content_Types].xml", CT.replace("{sheets}", "".join(
            SHEET_CT.format(n=i + 1) for i in range(len(sheets)))))
        z.writestr("_rels/.rels", RELS.replace(REL_NS, rel_ns))
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>%s'
                   '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>' % (
                       workbook_prolog, main, rel_ns, "".join(
                           '<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (esc(n), i + 1, i + 1)
                           for i, (n, _) in enumerate(sheets))))
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
                   '</Relationships>' % "".join(
                       '<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' % (
                           i + 1, rel_ns, i + 1) for i in range(len(sheets))))
        for i, (_, rows) in enumerate(sheets):
            xml = sheet_xmls[i] if sheet_xmls and sheet_xmls[i] else sheet_xml(rows)
            z.writestr("xl/worksheets/sheet%d.xml" % (i + 1), xml)
    data = buf.getvalue()
    if name:
        write(name, data)
    return data


def xlsx_cases():
    clean = workbook("xlsx-clean.xlsx")
    workbook("xlsx-no-cell-references.xlsx", sheet_xmls=[sheet_xml(r, refs=False) for _, r in SHEETS])
    xxe = '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    workbook("xlsx-external-entity.xlsx", sheet_xmls=[sheet_xml(SHEETS[0][1], prolog=xxe), None, None])
    laughs = ('<!DOCTYPE workbook [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
              '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>')
    workbook("xlsx-entity-expansion.xlsx", workbook_prolog=laughs)
    padding = "<!--" + " " * (60 * 1024 * 1024) + "-->"
    workbook("xlsx-zip-bomb.xlsx", sheet_xmls=[None, None, sheet_xml(SHEETS[2][1], extra=padding)])
    write("xlsx-truncated.xlsx", clean[: len(clean) // 2])
    write("xlsx-empty.xlsx", b"")
    workbook("xlsx-strict-ooxml.xlsx", main="http://purl.oclc.org/ooxml/spreadsheetml/main",
             rel_ns="http://purl.oclc.org/ooxml/officeDocument/relationships")
    workbook("xlsx-escape-sequences.xlsx", sheets=[SHEETS[0], SHEETS[1], ("活动", [
        SHEETS[2][1][0], ["A1", "B1", "党员大会", "2025-03-20", 3, "m1、m2、m3"],
        ["A2_x001B_[2J_x001B_]52;c;ZXZpbA==_x0007_", "B1_x001B_[31m", "党课", "2025-03-21", 3, "m1"]])])
    errors = sheet_xml(SHEETS[2][1], cell=lambda ref, v: (
        '<c%s t="e"><v>#DIV/0!</v></c>' % ref if v == 3 else
        '<c%s t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(str(v)))))
    workbook("xlsx-formula-errors.xlsx", sheet_xmls=[None, None, errors])
    missing_string = sheet_xml(SHEETS[2][1], cell=lambda ref, v: (
        '<c%s t="s"><v>999</v></c>' % ref if v == "A1" else
        '<c%s t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(str(v)))))
    workbook("xlsx-missing-shared-string.xlsx", sheet_xmls=[None, None, missing_string])
    merged = sheet_xml([["活动编号", "组织编号", "活动类型", "日期", "参会情况", None, None],
                        [None, None, None, None, "应到人数", "实到人数", "参会人员"],
                        ["A1", "B1", "党员大会", "2025-03-20", 3, 3, "m1、m2、m3"]],
                       extra='<mergeCells count="5"><mergeCell ref="A1:A2"/><mergeCell ref="B1:B2"/>'
                             '<mergeCell ref="C1:C2"/><mergeCell ref="D1:D2"/><mergeCell ref="E1:G1"/></mergeCells>')
    workbook("xlsx-two-row-header.xlsx", sheet_xmls=[None, None, merged])
    far = sheet_xml(SHEETS[2][1]).replace('<row r="2">', '<row r="1048576">').replace('A2"', 'A1048576"') \
        .replace('B2"', 'B1048576"').replace('C2"', 'C1048576"').replace('D2"', 'D1048576"') \
        .replace('E2"', 'E1048576"').replace('F2"', 'F1048576"')
    workbook("xlsx-last-row.xlsx", sheet_xmls=[None, None, far])
    bad_ref = sheet_xml(SHEETS[2][1]).replace('r="A2"', 'r="ZZZZZZZZ2"')
    workbook("xlsx-bad-cell-reference.xlsx", sheet_xmls=[None, None, bad_ref])
    workbook("xlsx-hostile-sheet-names.xlsx", sheets=SHEETS + [("<script>\u202e", [["x"]])])
    buf = io.BytesIO()
    with Zip(buf, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("word/document.xml", "<document/>")
    write("xlsx-word-document.xlsx", buf.getvalue())
    write("xlsx-csv-text.xlsx", "组织编号,组织名称,组织类型\nB1,机关第一党支部,党支部\n")
    write("xls-html-table.xls", "<html><body><table><tr><td>组织编号</td><td>组织名称</td></tr></table></body></html>")
    write("xls-xml-spreadsheet-2003.xls", '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:'
          'office:spreadsheet"><Worksheet ss:Name="组织" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
          '</Worksheet></Workbook>')
    write("xls-random-bytes.xls", bytes((i * 37 + 11) % 256 for i in range(4096)))


if __name__ == "__main__":
    json_cases()
    xlsx_cases()
