package org.zicha.dossier;

/**
 * An organisation of the ledger, in the ledger's order.
 *
 * @param id its id
 * @param name its name
 * @param kind its kind in words (党组, 党委, 党总支, 党支部, 党小组)
 * @param root whether it is a root of the tree
 */
public record Organisation(String id, String name, String kind, boolean root) {

}
