package org.zicha.web;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.zicha.inspection.Inspection;
import org.zicha.inspection.RuleSet;
import org.zicha.inspection.RuleShelf;
import org.zicha.rules.RuleBookException;
import org.zicha.rules.RuleSource;

/**
 * The rules of the application: the configured folder or the bundled rules, compiled once
 * per content. An edit of the folder that no longer compiles is reported and the last
 * good rules stay in use.
 */
@Component
public class Rules {

	private final RuleShelf shelf = new RuleShelf();

	private final RuleSource source;

	private final Clock clock;

	public Rules(WebSettings settings, Clock clock) {
		this.source = RuleSource.resolve(settings.rules());
		this.clock = clock;
	}

	/**
	 * The rules as they are now (recompiled when their files changed).
	 * @return the rule set
	 */
	public RuleSet current() {
		return this.shelf.loadOrKeep(this.source);
	}

	/**
	 * An inspection with the current rules and the application's clock.
	 * @return the inspection
	 */
	public Inspection inspection() {
		return new Inspection(current(), this.clock);
	}

	/**
	 * Why the rules in use are not the folder's latest edit.
	 * @return the problems of that edit, if it failed
	 */
	public Optional<RuleBookException> lastFailure() {
		return this.shelf.lastFailure();
	}

}
