package org.zicha.check;

/**
 * Derived fact: a branch has a committee (支委会) on the as-of day, as the ledger states or
 * by default from the number of its full members.
 *
 * @param orgId the branch
 */
public record BranchCommittee(String orgId) {

}
