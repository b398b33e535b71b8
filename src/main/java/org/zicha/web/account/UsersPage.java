package org.zicha.web.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.zicha.web.Role;
import org.zicha.web.Scope;
import org.zicha.web.Viewer;

/**
 * The users page (administrators): list, create, enable or disable, reset a password,
 * change a role or organisation, lift a lock, read the security log; and everyone's own
 * password and the login page.
 */
@Controller
class UsersPage {

	/** The security log's entries shown. */
	private static final int EVENTS = 100;

	private final Accounts accounts;

	private final Organisations organisations;

	private final LoginThrottle throttle;

	private final SecurityLog log;

	private final Clock clock;

	UsersPage(Accounts accounts, Organisations organisations, LoginThrottle throttle, SecurityLog log, Clock clock) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.throttle = throttle;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * The organisations of the latest run, to choose a secretary's from (the page is an
	 * administrator's).
	 */
	private List<Organisations.OrgChoice> organisations() {
		return this.organisations.choices(Scope.all());
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("lockedMessage", LoginThrottle.lockedMessage());
		return "login";
	}

	@GetMapping("/users")
	String users(Viewer viewer, Model model) {
		model.addAttribute("accounts", this.accounts.list(viewer));
		model.addAttribute("roles", Role.values());
		List<Organisations.OrgChoice> organisations = organisations();
		model.addAttribute("organisations", organisations);
		model.addAttribute("orgNames", organisations.stream()
			.collect(Collectors.toMap(Organisations.OrgChoice::id, Organisations.OrgChoice::name, (a, b) -> a)));
		model.addAttribute("now", OffsetDateTime.now(this.clock));
		model.addAttribute("events", this.log.latest(viewer, EVENTS));
		return "users";
	}

	@PostMapping("/users/{id}/unlock")
	String unlock(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		this.throttle.unlock(viewer, id);
		redirect.addFlashAttribute("message", "已解除锁定");
		return "redirect:/users";
	}

	@PostMapping("/users/{id}/role")
	String role(Viewer viewer, @PathVariable long id, @RequestParam("accountRole") Role role,
			@RequestParam(name = "accountOrg", required = false) String orgId, RedirectAttributes redirect) {
		try {
			checkOrganisation(role, orgId);
			this.accounts.change(viewer, id, role, orgId);
			redirect.addFlashAttribute("message", "已变更角色或组织，该用户原有的登录已失效");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/users";
	}

	private void checkOrganisation(Role role, String orgId) {
		List<Organisations.OrgChoice> known = organisations();
		if (role == Role.SECRETARY && orgId != null && !orgId.isBlank() && !known.isEmpty()
				&& known.stream().noneMatch((o) -> o.id().equals(orgId.strip()))) {
			throw new IllegalArgumentException("组织编号“" + orgId.strip() + "”不在最近一次检查的台账中");
		}
	}

	@PostMapping("/users")
	String create(Viewer viewer, @RequestParam String username, @RequestParam(required = false) String displayName,
			@RequestParam Role role, @RequestParam(required = false) String orgId, @RequestParam String password,
			RedirectAttributes redirect) {
		try {
			checkOrganisation(role, orgId);
			this.accounts.create(viewer, username, displayName, role, orgId, password);
			redirect.addFlashAttribute("message", "已创建用户 " + username.strip());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/users";
	}

	@PostMapping("/users/{id}/enabled")
	String enable(Viewer viewer, @PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		try {
			this.accounts.setEnabled(viewer, id, enabled);
			redirect.addFlashAttribute("message", enabled ? "已启用" : "已停用");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/users";
	}

	@PostMapping("/users/{id}/password")
	String reset(Viewer viewer, @PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
		try {
			this.accounts.resetPassword(viewer, id, password);
			redirect.addFlashAttribute("message", "已重设密码");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/users";
	}

	@GetMapping("/account/password")
	String passwordForm() {
		return "password";
	}

	@PostMapping("/account/password")
	String changePassword(Viewer viewer, @RequestParam String current, @RequestParam String password,
			RedirectAttributes redirect) {
		try {
			this.accounts.changePassword(viewer, current, password);
			redirect.addFlashAttribute("message", "密码已修改");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/account/password";
	}

}
