package org.zicha.dossier;

import org.zicha.finding.Subject;

/**
 * The few phrases the dossier's writers share.
 */
final class Texts {

	private Texts() {
	}

	/**
	 * The period of an entry, with its subject when it is about one event, person or
	 * directive.
	 */
	static String period(Entry entry) {
		Subject subject = entry.subject();
		String period = entry.periodLabel();
		if (subject == null || subject.kind() == Subject.Kind.ACTIVITY) {
			return period;
		}
		return (subject.name() != null ? subject.name() : subject.id()) + (period.isEmpty() ? "" : "（" + period + "）");
	}

	/**
	 * What an entry says: the finding's sentence, or the note of a met duty-period; and
	 * for a problem, its rectification.
	 */
	static String explanation(Entry entry, ProblemStatus problem) {
		String text = (entry.finding() != null) ? entry.finding().message() : entry.note();
		if (problem != null) {
			text = text + "\n整改台账：" + problem.status() + "；" + problem.later();
		}
		return text;
	}

	/** The exemption of an entry: its reason and approval. */
	static String exemption(Entry entry) {
		if (entry.exemptionReason() == null) {
			return null;
		}
		return entry.exemptionReason() + "（"
				+ ((entry.exemptionApproval() != null) ? entry.exemptionApproval() : "未填批准文号") + "）";
	}

}
