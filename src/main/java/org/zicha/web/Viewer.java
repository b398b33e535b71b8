package org.zicha.web;

import java.util.Objects;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who is looking: a user's name, role and, for a branch secretary, the organisation whose
 * subtree is all they may see. The services turn it, with the organisation tree of the
 * run in question, into a {@link Scope} that every store query of organisation data is
 * restricted to.
 *
 * @param username the login name
 * @param role the role
 * @param orgId the organisation of a branch secretary, null for the other roles
 */
public record Viewer(String username, Role role, String orgId) {

	public Viewer {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(role, "role");
		if (role == Role.SECRETARY && orgId == null) {
			throw new IllegalArgumentException("支部书记须指定所在组织");
		}
	}

	/**
	 * The unattended monthly run, acting as an administrator.
	 * @return the viewer of the schedule
	 */
	public static Viewer schedule() {
		return new Viewer("定时任务", Role.ADMIN, null);
	}

	/**
	 * Whether this viewer sees every organisation.
	 * @return true for administrators and inspectors
	 */
	public boolean seesAll() {
		return this.role != Role.SECRETARY;
	}

	/**
	 * Whether this viewer may see what concerns an organisation.
	 * @param org the organisation, or null for what concerns no one organisation
	 * @param tree the organisations of the ledger or run in question
	 * @return whether it lies in the viewer's scope
	 */
	public boolean sees(String org, OrgTree tree) {
		return seesAll() || (org != null && tree.within(org, this.orgId));
	}

	/**
	 * Refuse what lies outside the viewer's scope, as if it did not exist.
	 * @param org the organisation it concerns
	 * @param tree the organisations of the ledger or run in question
	 * @throws ResponseStatusException 404 when the viewer may not see it
	 */
	public void require(String org, OrgTree tree) {
		if (!sees(org, tree)) {
			throw notFound();
		}
	}

	/**
	 * Refuse what only an administrator may do.
	 * @throws ResponseStatusException 403 for the other roles
	 */
	public void requireAdmin() {
		if (this.role != Role.ADMIN) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有管理员可以进行此操作");
		}
	}

	/**
	 * Refuse changes by an inspector, whose role is to read.
	 * @throws ResponseStatusException 403 for an inspector
	 */
	public void requireWriter() {
		if (this.role == Role.INSPECTOR) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "检查人员只能查看，不能修改");
		}
	}

	/**
	 * The answer for what does not exist or is not the viewer's to see.
	 * @return a 404
	 */
	public static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "找不到该记录，或您无权查看");
	}

}
