-- A run's rectification rows are the rows of its drafted report, numbered as in rectification.xlsx:
-- one per duty × organisation (split by severity where a duty's severities are different problems),
-- then the earlier rows no longer found (closed). The columns the branches fill in besides status,
-- 责任人, 整改时限, 进展, 佐证材料, 备注 and 完成日期: 整改目标, 责任领导, 销号时间. A closed row may have no
-- severity and no change (an earlier row whose period lies before the window).
ALTER TABLE rectification ADD COLUMN row_no INT;
ALTER TABLE rectification ADD COLUMN closed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE rectification ADD COLUMN theme VARCHAR(40);
ALTER TABLE rectification ADD COLUMN periods TEXT;
ALTER TABLE rectification ADD COLUMN target TEXT;
ALTER TABLE rectification ADD COLUMN leader VARCHAR(100);
ALTER TABLE rectification ADD COLUMN closed_on DATE;
ALTER TABLE rectification ALTER COLUMN severity DROP NOT NULL;
ALTER TABLE rectification ALTER COLUMN change_kind DROP NOT NULL;

-- Where a change came from when it was not the row's form: an uploaded rectification workbook's file
-- and row.
ALTER TABLE rectification_audit ADD COLUMN via TEXT;
