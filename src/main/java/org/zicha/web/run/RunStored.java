package org.zicha.web.run;

/**
 * A run has been stored: published inside the run's transaction, so that what a listener
 * writes (the notices of the run) is committed with the run or not at all.
 *
 * @param run the run
 * @param notifying whether the branches and the administrators are to be notified
 */
public record RunStored(StoredRun run, boolean notifying) {

}
