package org.zicha.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.zicha.ledger.Period;

/**
 * Drafts the frame of a report as GB/T 9704-2012 sets it around the three sections: the
 * 主送机关 line, the lead-in, 特此报告, the 附件说明 naming every attachment (附件：问题清单, or 附件：1.问题清单
 * and 2.经批准的例外 of several, each attachment then marked 附件1, 附件2), 落款 and 成文日期 written
 * 2026年1月5日 — all as the wording file words them.
 */
final class Frame {

	private final Phrasing phrasing;

	private final Draft draft;

	Frame(Phrasing phrasing, Draft draft) {
		this.phrasing = phrasing;
		this.draft = draft;
	}

	/**
	 * The frame of a report with attachments.
	 * @param kinds the attachments, in order
	 * @return the frame
	 */
	Report.Ending ending(List<Report.Attachment.Kind> kinds) {
		ReportInput input = this.draft.input();
		Map<String, Object> values = this.draft.values();
		values.put("date", Period.dayLabel(input.dated()));
		String addressee = null;
		String noAddressee = null;
		if (input.addressee() != null) {
			values.put("addressee", input.addressee());
			addressee = this.phrasing.phrase("ending.addressee").fill(values);
		}
		else {
			noAddressee = this.phrasing.phrase("ending.noAddressee").fill(values);
		}
		List<Report.Attachment> attachments = new ArrayList<>();
		String mark = this.phrasing.word("attachmentMark");
		for (Report.Attachment.Kind kind : kinds) {
			String title = this.phrasing.heading(heading(kind));
			Map<String, Object> note = this.draft.values();
			note.put("appendix", title);
			note.put("n", attachments.size() + 1);
			String key = (kinds.size() == 1) ? "ending.attachment"
					: attachments.isEmpty() ? "ending.attachments" : "ending.nextAttachment";
			attachments.add(new Report.Attachment(kind, (kinds.size() == 1) ? mark : mark + (attachments.size() + 1),
					title, this.phrasing.phrase(key).fill(note)));
		}
		return new Report.Ending(addressee, noAddressee, this.phrasing.phrase("ending.leadIn").fill(values),
				this.phrasing.phrase("ending.closing").fill(values), attachments,
				this.phrasing.phrase("ending.signature").fill(values),
				this.phrasing.phrase("ending.date").fill(values));
	}

	private static String heading(Report.Attachment.Kind kind) {
		return switch (kind) {
			case ROWS -> "appendix";
			case EXEMPTED -> "exempted";
			case DATA -> "dataProblems";
		};
	}

}
