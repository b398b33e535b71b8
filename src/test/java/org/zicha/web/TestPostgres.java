package org.zicha.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * A real PostgreSQL server for the web tests: the one named by {@code ZICHA_TEST_PG_URL}
 * (with {@code ZICHA_TEST_PG_USER} and {@code ZICHA_TEST_PG_PASSWORD}), or else a
 * throwaway cluster this test JVM makes with the installed PostgreSQL's {@code initdb}
 * and {@code pg_ctl} (on the PATH or under /usr/lib/postgresql/VERSION/bin) in a
 * temporary folder, on a free port of localhost, stopped and deleted when the JVM ends.
 * PostgreSQL refuses to run as root: as root the cluster is made and run as the user
 * {@code postgres} through {@code runuser}. Each test class gets a database of its own.
 * Where PostgreSQL is not installed, the tests that need it are skipped with a notice; an
 * installed server that does not start fails them.
 */
public final class TestPostgres {

	/** The system property that runs every web test on PostgreSQL. */
	public static final String ALL_WEB_TESTS = "zicha.test.database";

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static Server server;

	private static String absence;

	private TestPostgres() {
	}

	/**
	 * Whether the whole web test suite was asked to run on PostgreSQL
	 * ({@code -Dzicha.test.database=postgresql}).
	 * @return true when asked
	 */
	public static boolean allWebTests() {
		return "postgresql".equalsIgnoreCase(System.getProperty(ALL_WEB_TESTS, ""));
	}

	/**
	 * A new, empty database on the server, started on first use.
	 * @return the database, or null when PostgreSQL is absent (see {@link #absence()})
	 */
	public static synchronized Database database() {
		if (!available()) {
			return null;
		}
		String name = "zicha_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
		try (Connection c = DriverManager.getConnection(server.url("postgres"), server.user(), server.password());
				Statement s = c.createStatement()) {
			s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create the test database " + name, ex);
		}
		return new Database(server.url(name), server.user(), server.password());
	}

	/**
	 * Whether there is a PostgreSQL server for the tests, started on first use.
	 * @return false where PostgreSQL is not installed (see {@link #absence()})
	 * @throws IllegalStateException when it is installed but does not start
	 */
	public static synchronized boolean available() {
		if (server == null && absence == null) {
			try {
				server = start();
			}
			catch (IOException | SQLException ex) {
				throw new IllegalStateException("PostgreSQL is installed but could not be started", ex);
			}
			if (absence != null) {
				System.err.println("NOTICE: the PostgreSQL tests are skipped: " + absence);
			}
		}
		return server != null;
	}

	/**
	 * Why there is no PostgreSQL server for the tests.
	 * @return the reason, or null when there is one (or none was asked for yet)
	 */
	public static synchronized String absence() {
		return absence;
	}

	private static Server start() throws IOException, SQLException {
		String url = System.getenv("ZICHA_TEST_PG_URL");
		if (url != null && !url.isBlank()) {
			String user = System.getenv().getOrDefault("ZICHA_TEST_PG_USER", "zicha");
			String password = System.getenv().getOrDefault("ZICHA_TEST_PG_PASSWORD", "");
			String base = url.substring(0, url.lastIndexOf('/') + 1);
			Server given = new Server(base, user, password);
			DriverManager.getConnection(given.url("postgres"), user, password).close();
			return given;
		}
		Path bin = binaries();
		if (bin == null) {
			absence = "no PostgreSQL installation was found (initdb and pg_ctl on the PATH or under "
					+ "/usr/lib/postgresql/VERSION/bin); install Debian's postgresql package, or set ZICHA_TEST_PG_URL";
			return null;
		}
		boolean root = "root".equals(System.getProperty("user.name"));
		Path dir = Files.createTempDirectory("zicha-pg-");
		if (root) {
			UserPrincipal postgres = dir.getFileSystem()
				.getUserPrincipalLookupService()
				.lookupPrincipalByName("postgres");
			Files.setOwner(dir, postgres);
		}
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path data = dir.resolve("data");
		run(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "zicha", "-A", "trust", "-E", "UTF8",
				"--locale=C.UTF-8");
		run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(), "-w",
				"-o", "-p " + port + " -k " + dir + " -c listen_addresses=localhost -c fsync=off", "start");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
			}
			catch (IOException | RuntimeException ex) {
				System.err.println("Could not stop the test PostgreSQL server: " + ex.getMessage());
			}
			FileSystemUtils.deleteRecursively(dir.toFile());
		}));
		System.err.println("NOTICE: the PostgreSQL tests run on a throwaway PostgreSQL server (" + bin + ") on port "
				+ port + ", in " + dir);
		return new Server("jdbc:postgresql://localhost:" + port + "/", "zicha", "");
	}

	/**
	 * The folder of initdb and pg_ctl: the PATH's, else the newest under
	 * /usr/lib/postgresql.
	 */
	private static Path binaries() throws IOException {
		for (String entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			Path dir = Path.of(entry);
			if (Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl"))) {
				return dir;
			}
		}
		Path debian = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(debian)) {
			return null;
		}
		try (Stream<Path> versions = Files.list(debian)) {
			return versions.map((v) -> v.resolve("bin"))
				.filter((b) -> Files.isExecutable(b.resolve("initdb")))
				.max(Comparator.comparingInt(TestPostgres::version))
				.orElse(null);
		}
	}

	private static int version(Path bin) {
		try {
			return Integer.parseInt(bin.getParent().getFileName().toString());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static void run(boolean root, String... command) throws IOException {
		List<String> line = new ArrayList<>();
		if (root) {
			line.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		line.addAll(List.of(command));
		Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
		try {
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", line) + " failed:\n" + output);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UncheckedIOException(new IOException("interrupted", ex));
		}
	}

	/**
	 * The server: its JDBC URL without a database name, and the login.
	 */
	private record Server(String base, String user, String password) {

		String url(String database) {
			return this.base + database;
		}

	}

	/**
	 * One test class's database.
	 *
	 * @param url its JDBC URL
	 * @param user the login
	 * @param password the password (empty for the throwaway cluster)
	 */
	public record Database(String url, String user, String password) {

	}

}
