package org.zicha.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The frequency checks of 三会一课 and 主题党日 (the count rules of zicha's
 * {@code rules/orglife/meetings.drl}) as one SQL query in DuckDB, over the same JSON ledger
 * zicha reads: for every branch (or party group) and every month or quarter of the year,
 * how many member assemblies, committee meetings, group meetings, party lectures and theme
 * days it held, and whether it held at least one. Writes the periods that were missed as CSV
 * ({@code duty,orgId,from}) and prints the counts and the times.
 *
 * <pre>
 * java -cp … org.zicha.bench.MeetingCounts ledger.json 2025 missed.csv
 * </pre>
 */
public final class MeetingCounts {

	/** One query: the ledger's organisations and activities unnested, crossed with the periods. */
	static final String QUERY = """
			WITH doc AS (
			  SELECT organizations, activities
			  FROM read_json(?, format = 'unstructured', maximum_object_size = 2147483647,
			    columns = {organizations: 'STRUCT(id VARCHAR, kind VARCHAR, committee VARCHAR[], hasCommittee BOOLEAN)[]',
			               activities: 'STRUCT(id VARCHAR, orgId VARCHAR, types VARCHAR[], date DATE)[]'})),
			orgs AS (SELECT unnest(organizations, recursive := true) FROM doc),
			acts AS (SELECT a.orgId, a.date, unnest(a.types) AS type
			         FROM (SELECT unnest(activities) AS a FROM doc)),
			duties(duty, kind, type, unit, committee) AS (VALUES
			  ('SHYK.ASSEMBLY', 'BRANCH', 'MEMBER_ASSEMBLY', 'quarter', false),
			  ('SHYK.COMMITTEE', 'BRANCH', 'BRANCH_COMMITTEE', 'month', true),
			  ('SHYK.GROUP', 'GROUP', 'GROUP_MEETING', 'month', false),
			  ('SHYK.LECTURE', 'BRANCH', 'PARTY_LECTURE', 'quarter', false),
			  ('THEME_DAY', 'BRANCH', 'THEME_DAY', 'month', false)),
			periods AS (
			  SELECT DISTINCT unit, date_trunc(unit, m::DATE) AS start
			  FROM (VALUES ('month'), ('quarter')) u(unit),
			       generate_series(make_date(?, 1, 1), make_date(?, 12, 1), INTERVAL 1 MONTH) g(m)),
			expected AS (
			  SELECT d.duty, d.type, d.unit, o.id AS orgId, p.start
			  FROM duties d JOIN orgs o ON o.kind = d.kind
			  JOIN periods p ON p.unit = d.unit
			  WHERE NOT d.committee OR coalesce(o.hasCommittee, len(o.committee) > 0, false)),
			held AS (
			  SELECT d.duty, a.orgId, date_trunc(d.unit, a.date) AS start, count(*) AS n
			  FROM acts a JOIN duties d ON a.type = d.type
			  GROUP BY ALL)
			SELECT e.duty, e.orgId, e.start, coalesce(h.n, 0) AS n
			FROM expected e LEFT JOIN held h USING (duty, orgId, start)
			ORDER BY e.duty, e.orgId, e.start
			""";

	private MeetingCounts() {
	}

	public static void main(String[] args) throws SQLException, IOException {
		Path ledger = Path.of(args[0]);
		int year = Integer.parseInt(args[1]);
		Path missedCsv = Path.of(args[2]);
		long start = System.nanoTime();
		long periods = 0;
		long missed = 0;
		try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
				PreparedStatement query = db.prepareStatement(QUERY);
				PrintWriter out = new PrintWriter(Files.newBufferedWriter(missedCsv, StandardCharsets.UTF_8))) {
			long connected = System.nanoTime();
			query.setString(1, ledger.toString());
			query.setInt(2, year);
			query.setInt(3, year);
			out.println("duty,orgId,from");
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					periods++;
					if (rows.getLong(4) < 1) {
						missed++;
						out.println(rows.getString(1) + "," + rows.getString(2) + "," + rows.getDate(3).toLocalDate());
					}
				}
			}
			long done = System.nanoTime();
			System.out.printf("duty-periods %d, missed %d, connect %.2f s, query %.2f s%n", periods, missed,
					(connected - start) / 1e9, (done - connected) / 1e9);
		}
	}

}
