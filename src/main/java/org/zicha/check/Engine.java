package org.zicha.check;

import java.util.ArrayList;
import java.util.List;
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
import org.kie.api.runtime.rule.QueryResultsRow;

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
				futures.add(pool.submit(() -> reduce.apply(evaluate(facts.apply(partition)))));
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
			throw new IllegalStateException("Evaluation failed: " + ex.getCause().getMessage(), ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Concluded evaluate(List<Object> facts) {
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
			facts.forEach(session::insert);
			session.fireAllRules();
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
	 * What the rules concluded and derived in one partition.
	 *
	 * @param outcomes every outcome
	 * @param probations every probation, one per person
	 */
	record Concluded(List<Outcome> outcomes, List<Probation> probations) {

	}

}
