/**
 * The ledger (台账): the immutable model of recorded party-building activity, calendar
 * periods, and the readers that turn xlsx workbooks and JSON documents into a validated
 * {@link org.zicha.ledger.Ledger}.
 */
package org.zicha.ledger;
