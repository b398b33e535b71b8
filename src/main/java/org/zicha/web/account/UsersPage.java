package org.zicha.web.account;

import java.util.List;

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
 * The users page (administrators): list, create, enable or disable, reset a password; and
 * everyone's own password and the login page.
 */
@Controller
class UsersPage {

	private final Accounts accounts;

	private final Organisations organisations;

	UsersPage(Accounts accounts, Organisations organisations) {
		this.accounts = accounts;
		this.organisations = organisations;
	}

	/**
	 * The organisations of the latest run, to choose a secretary's from (the page is an
	 * administrator's).
	 */
	private List<Organisations.OrgChoice> organisations() {
		return this.organisations.choices(Scope.all());
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/users")
	String users(Viewer viewer, Model model) {
		model.addAttribute("accounts", this.accounts.list(viewer));
		model.addAttribute("roles", Role.values());
		model.addAttribute("organisations", organisations());
		return "users";
	}

	@PostMapping("/users")
	String create(Viewer viewer, @RequestParam String username, @RequestParam(required = false) String displayName,
			@RequestParam Role role, @RequestParam(required = false) String orgId, @RequestParam String password,
			RedirectAttributes redirect) {
		try {
			List<Organisations.OrgChoice> known = organisations();
			if (role == Role.SECRETARY && orgId != null && !orgId.isBlank() && !known.isEmpty()
					&& known.stream().noneMatch((o) -> o.id().equals(orgId.strip()))) {
				throw new IllegalArgumentException("组织编号“" + orgId.strip() + "”不在最近一次检查的台账中");
			}
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
