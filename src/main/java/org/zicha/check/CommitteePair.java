package org.zicha.check;

/**
 * Derived fact: two members of a branch committee (支部委员), who owe each other a
 * heart-to-heart talk every year. One fact per pair, the lower id first.
 *
 * @param orgId the branch
 * @param first one committee member, by id
 * @param second the other committee member, by id
 */
public record CommitteePair(String orgId, String first, String second) {

}
