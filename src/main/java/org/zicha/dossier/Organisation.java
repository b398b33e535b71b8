package org.zicha.dossier;

/**
 * An organisation of the ledger, in the ledger's order.
 *
 * @param id its id
 * @param name its name
 * @param kind its kind in words (党组, 党委, 党总支, 党支部, 党小组)
 */
public record Organisation(String id, String name, String kind) {

}
