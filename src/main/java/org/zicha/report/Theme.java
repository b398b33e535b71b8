package org.zicha.report;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A theme of 存在的问题, from the wording file: the areas it groups, its judgement and the
 * clauses the evidence supports, its evidence sentences, and its measure of 下步工作.
 *
 * @param name the theme, e.g. 理论武装
 * @param key where it is in the wording file, for messages
 * @param areas the areas of the duties it groups
 * @param judgement the judgement sentence, with {breadth} and {clauses}
 * @param clauses the clauses of the judgement
 * @param sentences the evidence sentences, one to three
 * @param measure the measure
 */
record Theme(String name, String key, List<String> areas, Phrase judgement, List<Clause> clauses,
		List<List<Clause>> sentences, Measure measure) {

	/**
	 * Every duty code the theme's sentences speak of.
	 * @return the codes
	 */
	Set<String> sentenceDuties() {
		return this.sentences.stream()
			.flatMap(List::stream)
			.flatMap((c) -> c.duties().stream())
			.collect(java.util.stream.Collectors.toSet());
	}

	/**
	 * A clause of a judgement or a sentence: written only when the findings support it.
	 *
	 * @param key where it is in the wording file
	 * @param duties the duties whose findings it speaks of (empty when it is about the
	 * members away)
	 * @param away whether it is written only when out-station or mobile members are among
	 * those concerned
	 * @param one its text when one organisation is concerned
	 * @param many its text when several are
	 * @param items the text of each duty for {items}
	 * @param last what joins the last item, or null for 和 or 或 as the findings say
	 * @param oneKey where its text for one organisation is
	 * @param manyKey where its text for several organisations is
	 * @param each what {each} counts by (person, duty or org), or null for persons when
	 * there are any, else organisations
	 * @param eachNamed whether a few organisations (up to three) are each named in their
	 * own clause, with the text for one
	 */
	record Clause(String key, List<String> duties, boolean away, Phrase one, Phrase many, Map<String, Phrase> items,
			String last, String oneKey, String manyKey, String each, boolean eachNamed) {

		Phrase text(int organisations) {
			return (organisations == 1) ? this.one : this.many;
		}

		/**
		 * Whether its text for several organisations names them ({orgs}, {meetings}).
		 * @return true when it names them
		 */
		boolean namesMany() {
			return this.many.names().contains("orgs") || this.many.names().contains("meetings");
		}

	}

	/**
	 * The measure of 下步工作 that answers a theme.
	 *
	 * @param title its title, e.g. 强化理论武装。
	 * @param actions the actions to choose from
	 */
	record Measure(String title, List<Action> actions) {

	}

	/**
	 * One action of a measure.
	 *
	 * @param duties the duties whose findings call for it (empty: always)
	 * @param away whether it is called for by members away among those concerned
	 * @param text the action
	 */
	record Action(List<String> duties, boolean away, Phrase text) {

		boolean unconditional() {
			return this.duties.isEmpty() && !this.away;
		}

	}

}
