package org.zicha.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.QueryResultsRow;

import org.zicha.ledger.Activity;
import org.zicha.ledger.Applicant;
import org.zicha.ledger.Directive;
import org.zicha.ledger.DuesPayment;
import org.zicha.ledger.Member;
import org.zicha.ledger.Organization;
import org.zicha.ledger.Talk;
import org.zicha.rules.RuleFailure;

/**
 * Evaluates partitions in parallel, one Drools session each, reads the outcomes the rules
 * concluded through the {@code outcomes} query and the probations they derived through
 * the {@code probations} query, and hands them to a reduction.
 */
final class Engine {

	static final String OUTCOMES_QUERY = "outcomes";

	static final String PROBATIONS_QUERY = "probations";

	private final KieBase kieBase;

	private final Consumer<String> firedRules;

	Engine(KieBase kieBase, Consumer<String> firedRules) {
		this.kieBase = kieBase;
		this.firedRules = firedRules;
	}

	/**
	 * Evaluate partitions, each in a session of its own on one of the pool's threads, and
	 * reduce each partition's outcomes right away: the session, its facts and its
	 * outcomes are dropped as soon as the reduction returns.
	 * @param <R> what a partition reduces to
	 * @param partitions the partitions
	 * @param facts the facts of a partition, gathered when it is evaluated
	 * @param reduce what a partition's outcomes and probations come to
	 * @param threads how many partitions are evaluated at once
	 * @return the reductions, in the order of the partitions
	 */
	<R> List<R> evaluate(List<Partition> partitions, Function<Partition, List<Object>> facts,
			Function<Concluded, R> reduce, int threads) {
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(partitions.size(), threads)), (r) -> {
			Thread t = new Thread(r, "zicha-partition");
			t.setDaemon(true);
			return t;
		});
		try {
			List<Future<R>> futures = new ArrayList<>();
			for (Partition partition : partitions) {
				futures.add(pool.submit(() -> reduce.apply(evaluate(partition, facts.apply(partition)))));
			}
			List<R> reductions = new ArrayList<>();
			for (Future<R> future : futures) {
				reductions.add(future.get());
			}
			return reductions;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Evaluation interrupted", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuleFailure failure) {
				throw failure;
			}
			throw new IllegalStateException("Evaluation failed: " + ex.getCause().getMessage(), ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Concluded evaluate(Partition partition, List<Object> facts) {
		KieSession session = this.kieBase.newKieSession();
		try {
			if (this.firedRules != null) {
				session.addEventListener(new DefaultAgendaEventListener() {
					@Override
					public void afterMatchFired(AfterMatchFiredEvent event) {
						Engine.this.firedRules.accept(event.getMatch().getRule().getName());
					}
				});
			}
			try {
				facts.forEach(session::insert);
				session.fireAllRules();
			}
			catch (ConsequenceException ex) {
				throw new RuleFailure(ex.getRule().getName(), partition.orgIds(),
						ex.getMatch().getObjects().stream().map(Engine::record).flatMap(Optional::stream).toList(),
						ex.getCause());
			}
			catch (RuntimeException ex) {
				throw new RuleFailure(null, partition.orgIds(), List.of(), ex);
			}
			List<Outcome> outcomes = new ArrayList<>();
			for (QueryResultsRow row : session.getQueryResults(OUTCOMES_QUERY)) {
				outcomes.add((Outcome) row.get("$outcome"));
			}
			List<Probation> probations = new ArrayList<>();
			for (QueryResultsRow row : session.getQueryResults(PROBATIONS_QUERY)) {
				probations.add((Probation) row.get("$probation"));
			}
			return new Concluded(outcomes, probations);
		}
		finally {
			session.dispose();
		}
	}

	/**
	 * A record of the ledger as a person finds it (its id column and value); the facts
	 * the rules derive are not shown.
	 */
	private static Optional<String> record(Object fact) {
		if (fact instanceof Organization o) {
			return Optional.of("组织编号 " + o.id());
		}
		if (fact instanceof Member m) {
			return Optional.of("党员编号 " + m.id());
		}
		if (fact instanceof Activity a) {
			return Optional.of("活动编号 " + a.id());
		}
		if (fact instanceof Directive d) {
			return Optional.of("学习篇目编号 " + d.id());
		}
		if (fact instanceof Applicant a) {
			return Optional.of("入党申请人编号 " + a.id());
		}
		if (fact instanceof Talk t) {
			return Optional.of("谈心谈话 " + t.date() + " " + t.by() + "—" + t.with());
		}
		if (fact instanceof DuesPayment d) {
			return Optional.of("党费 党员编号 " + d.memberId() + " " + d.paidOn());
		}
		return Optional.empty();
	}

	/**
	 * What the rules concluded and derived in one partition.
	 *
	 * @param outcomes every outcome
	 * @param probations every probation, one per person
	 */
	record Concluded(List<Outcome> outcomes, List<Probation> probations) {

	}

}
