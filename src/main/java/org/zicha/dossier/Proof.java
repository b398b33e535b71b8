package org.zicha.dossier;

import java.time.LocalDate;

import org.zicha.ledger.RecordOrigin;

/**
 * One ledger record listed as evidence: an activity, a talk or a dues payment, with where
 * it was read.
 *
 * @param kind 活动, 谈心谈话 or 党费
 * @param id the record's id (an activity's 活动编号), or null for records without one
 * @param date the day it was held, talked or paid
 * @param type what it was, in words (e.g. 党员大会、主题党日)
 * @param topic its topic, or for a talk or payment a description
 * @param lecturer the lecturer, or null
 * @param attendance the attendance in words (实到 of 应到), or null
 * @param origin where it was read, or null when not read from a file
 */
public record Proof(String kind, String id, LocalDate date, String type, String topic, String lecturer,
		String attendance, RecordOrigin origin) {

	/**
	 * What identifies the record in the ledger: its id, or else where it was read.
	 * @return the identity
	 */
	public String identity() {
		if (this.id != null) {
			return this.kind + ":" + this.id;
		}
		return this.kind + ":" + ((this.origin != null) ? this.origin.label() : this.date + " " + this.topic);
	}

}
