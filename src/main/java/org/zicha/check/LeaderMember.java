package org.zicha.check;

/**
 * Derived fact: a member who as a 党员领导干部 owes a double organisational life — flagged as a
 * leading cadre in the members table, or on the committee of a root 党组 or 党委.
 *
 * @param memberId the member
 */
public record LeaderMember(String memberId) {

}
