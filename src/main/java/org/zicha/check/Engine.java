package org.zicha.check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResultsRow;

/**
 * Evaluates partitions in parallel, one Drools session each, and collects the outcomes
 * the rules concluded through the {@code outcomes} query and the probations they derived
 * through the {@code probations} query.
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

	Result evaluate(List<Partition> partitions) {
		int threads = Math.max(1, Math.min(partitions.size(), Runtime.getRuntime().availableProcessors()));
		ExecutorService pool = Executors.newFixedThreadPool(threads, (r) -> {
			Thread t = new Thread(r, "zicha-partition");
			t.setDaemon(true);
			return t;
		});
		try {
			List<Future<Result>> futures = new ArrayList<>();
			for (Partition partition : partitions) {
				futures.add(pool.submit(() -> evaluate(partition)));
			}
			List<Outcome> outcomes = new ArrayList<>();
			List<Probation> probations = new ArrayList<>();
			for (Future<Result> future : futures) {
				outcomes.addAll(future.get().outcomes());
				probations.addAll(future.get().probations());
			}
			return new Result(outcomes, probations);
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

	private Result evaluate(Partition partition) {
		KieSession session = this.kieBase.newKieSession();
		try {
			session.addEventListener(new DefaultAgendaEventListener() {
				@Override
				public void afterMatchFired(AfterMatchFiredEvent event) {
					Engine.this.firedRules.accept(event.getMatch().getRule().getName());
				}
			});
			partition.facts().forEach(session::insert);
			session.fireAllRules();
			List<Outcome> outcomes = new ArrayList<>();
			for (QueryResultsRow row : session.getQueryResults(OUTCOMES_QUERY)) {
				outcomes.add((Outcome) row.get("$outcome"));
			}
			List<Probation> probations = new ArrayList<>();
			for (QueryResultsRow row : session.getQueryResults(PROBATIONS_QUERY)) {
				probations.add((Probation) row.get("$probation"));
			}
			return new Result(outcomes, probations);
		}
		finally {
			session.dispose();
		}
	}

	/**
	 * What the rules concluded and derived in the partitions evaluated.
	 *
	 * @param outcomes every outcome
	 * @param probations every probation, one per person
	 */
	record Result(List<Outcome> outcomes, List<Probation> probations) {

	}

}
