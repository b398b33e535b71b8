package org.zicha.web.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.zicha.web.OrgTree;
import org.zicha.web.Role;
import org.zicha.web.Viewer;
import org.zicha.web.account.Account;
import org.zicha.web.account.Accounts;

/**
 * Who receives what: the enabled users with an address (secretaries their organisation's
 * part, administrators the unit's), and the organisations' robots.
 */
@Component
class Recipients {

	private final Accounts accounts;

	private final Channels channels;

	Recipients(Accounts accounts, Channels channels) {
		this.accounts = accounts;
		this.channels = channels;
	}

	/**
	 * The enabled users of a role that have an address.
	 * @param role the role
	 * @return the users and their addresses
	 */
	List<Addressee> users(Role role) {
		Map<String, String> addresses = this.channels.addresses();
		List<Addressee> users = new ArrayList<>();
		for (Account a : this.accounts.list(new Viewer("消息通知", Role.ADMIN, null))) {
			if (a.enabled() && a.role() == role && addresses.containsKey(a.username())) {
				users.add(new Addressee(a, addresses.get(a.username())));
			}
		}
		return users;
	}

	/**
	 * The secretaries who see an organisation: whose subtree holds it.
	 * @param orgId the organisation
	 * @param tree the organisations
	 * @return the secretaries with an address
	 */
	List<Addressee> secretariesOf(String orgId, OrgTree tree) {
		return users(Role.SECRETARY).stream().filter((u) -> tree.within(orgId, u.account().orgId())).toList();
	}

	/**
	 * The robot of the group nearest an organisation: its own, else its nearest higher
	 * organisation's.
	 * @param orgId the organisation
	 * @param tree the organisations
	 * @return the robot, or null when none is set on the way up
	 */
	Robot robotOf(String orgId, OrgTree tree) {
		List<Robot> robots = this.channels.robots();
		Robot nearest = null;
		int depth = Integer.MAX_VALUE;
		for (Robot r : robots) {
			if (tree.within(orgId, r.orgId())) {
				int d = depth(orgId, r.orgId(), tree);
				if (d < depth) {
					depth = d;
					nearest = r;
				}
			}
		}
		return nearest;
	}

	private static int depth(String orgId, String ancestor, OrgTree tree) {
		Map<String, String> parents = new java.util.HashMap<>();
		tree.all().forEach((o) -> parents.put(o.id(), o.parentId()));
		int d = 0;
		for (String at = orgId; at != null && !at.equals(ancestor) && d < parents.size(); at = parents.get(at)) {
			d++;
		}
		return d;
	}

	/**
	 * A user with an address.
	 *
	 * @param account the user
	 * @param email the address
	 */
	record Addressee(Account account, String email) {

	}

}
