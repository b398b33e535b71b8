package org.zicha.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zicha.finding.Finding;

/**
 * The evidence sentences of one paragraph of 存在的问题, each organisation named once: the
 * clauses the findings support, a person or organisation-period counted by one clause of
 * a sentence left out of the next; a clause about one organisation is written with the
 * organisation as its subject, and the later clauses about an organisation already named
 * in the paragraph join its first clause ("局党组有1次会议……，理论学习中心组……"). A clause that names a
 * few organisations together is split into one clause each when one of them is named
 * elsewhere in the paragraph.
 */
final class Paragraph {

	/** Stands for the organisation's name while its clause is split around it. */
	private static final String MARK = "\u0001";

	private final ThemeWriter writer;

	Paragraph(ThemeWriter writer) {
		this.writer = writer;
	}

	/**
	 * The sentences.
	 * @param sentences the clauses of each sentence, from the wording file
	 * @param findings the theme's findings
	 * @return the sentences written, each ended with its full stop
	 */
	List<String> write(List<List<Theme.Clause>> sentences, List<Finding> findings) {
		List<List<Piece>> pieces = new ArrayList<>();
		for (List<Theme.Clause> clauses : sentences) {
			pieces.add(pieces(clauses, findings));
		}
		Map<String, Integer> named = new LinkedHashMap<>();
		pieces.forEach((list) -> list.forEach((p) -> p.orgIds().forEach((id) -> named.merge(id, 1, Integer::sum))));
		Map<String, Piece> first = new LinkedHashMap<>();
		List<String> written = new ArrayList<>();
		List<List<Piece>> kept = new ArrayList<>();
		for (List<Piece> list : pieces) {
			List<Piece> sentence = new ArrayList<>();
			for (Piece piece : list) {
				for (Piece one : piece.split(named, this.writer)) {
					Piece earlier = (one.orgId() != null) ? first.get(one.orgId()) : null;
					if (earlier != null) {
						earlier.afters().add(one.afters().get(0));
					}
					else {
						if (one.orgId() != null) {
							first.put(one.orgId(), one);
						}
						sentence.add(one);
					}
				}
			}
			kept.add(sentence);
		}
		for (List<Piece> sentence : kept) {
			StringBuilder text = new StringBuilder();
			for (Piece piece : sentence) {
				String t = piece.text(this.writer.draft());
				if (text.isEmpty() && !t.isEmpty() && Phrase.SEPARATORS.indexOf(t.charAt(0)) >= 0) {
					t = t.substring(1);
				}
				else if (!text.isEmpty() && !t.isEmpty() && Phrase.SEPARATORS.indexOf(t.charAt(0)) < 0) {
					t = "；" + t;
				}
				text.append(t);
			}
			if (!text.isEmpty()) {
				written.add(Words.endSentence(text.toString()));
			}
		}
		return written;
	}

	/**
	 * The pieces of one sentence, counting each person and organisation-period once.
	 */
	private List<Piece> pieces(List<Theme.Clause> clauses, List<Finding> findings) {
		Set<String> persons = new HashSet<>();
		Set<String> slots = new HashSet<>();
		List<Piece> pieces = new ArrayList<>();
		for (Theme.Clause clause : clauses) {
			Draft draft = this.writer.draft();
			Aggregate part = Aggregate.of(draft, ThemeWriter.of(clause, findings), persons, slots);
			if (part.isEmpty() || (clause.away() && !part.away())) {
				continue;
			}
			pieces.add(new Piece(clause, part, null));
			persons.addAll(part.persons());
			slots.addAll(part.slots());
		}
		return pieces;
	}

	/**
	 * A clause as written: about several organisations, or about one, named, its text
	 * split around the name, with what later clauses of the paragraph say of it.
	 */
	private static final class Piece {

		private final Theme.Clause clause;

		private final Aggregate part;

		private String orgId;

		private String text;

		private String before = "";

		private final List<String> afters = new ArrayList<>();

		Piece(Theme.Clause clause, Aggregate part, String orgId) {
			this.clause = clause;
			this.part = part;
			this.orgId = orgId;
		}

		String orgId() {
			return this.orgId;
		}

		List<String> afters() {
			return this.afters;
		}

		/**
		 * The organisations the clause names.
		 */
		List<String> orgIds() {
			List<String> ids = this.part.orgIds();
			boolean names = ids.size() == 1
					|| ((this.clause.namesMany() || this.clause.eachNamed()) && ids.size() <= Words.NAMES);
			return names ? ids : List.of();
		}

		/**
		 * The clause as one piece per organisation when it names one, or names a few of
		 * which one is named elsewhere (counted in {@code named}); otherwise as it is.
		 */
		List<Piece> split(Map<String, Integer> named, ThemeWriter writer) {
			List<String> ids = orgIds();
			boolean alone = ids.size() == 1;
			boolean elsewhere = ids.size() > 1 && ids.stream().anyMatch((id) -> named.getOrDefault(id, 0) > 1);
			if (!alone && !elsewhere && !(this.clause.eachNamed() && !ids.isEmpty())) {
				this.text = writer.clause(this.clause, this.part);
				return List.of(this);
			}
			List<Piece> pieces = new ArrayList<>();
			for (String id : ids) {
				List<Finding> own = this.part.findings().stream().filter((f) -> id.equals(f.orgId())).toList();
				Piece piece = new Piece(this.clause, this.part.only(own), id);
				String written = writer.clause(this.clause, piece.part, this.clause.one(), Map.of("org", MARK));
				int at = written.indexOf(MARK);
				if (at < 0) {
					piece.orgId = null;
					piece.text = written;
				}
				else {
					piece.before = written.substring(0, at);
					piece.afters.add(written.substring(at + MARK.length()));
				}
				pieces.add(piece);
			}
			return pieces;
		}

		String text(Draft draft) {
			if (this.orgId == null) {
				return this.text;
			}
			return this.before + draft.bodyName(this.orgId) + String.join("，", this.afters);
		}

	}

}
