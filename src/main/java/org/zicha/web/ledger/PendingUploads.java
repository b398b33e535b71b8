package org.zicha.web.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import org.zicha.web.WebSettings;

/**
 * The previews waiting to be confirmed. Their files wait on disk under the data directory
 * ({@code pending/}), not in memory; only who previewed them, their names and when are
 * kept. A preview expires after {@link #EXPIRY}; a user has at most {@link #PER_USER}
 * waiting (a newer preview drops their oldest). Expired previews are swept every minute
 * and at every preview, and the folder is emptied at start.
 */
@Component
class PendingUploads {

	/** How long a preview can be confirmed. */
	static final Duration EXPIRY = Duration.ofMinutes(30);

	/** The most previews one user may have waiting. */
	static final int PER_USER = 3;

	private final Path root;

	private final Clock clock;

	private final Map<String, Pending> pending = new ConcurrentHashMap<>();

	PendingUploads(WebSettings settings, Clock clock) {
		this.root = settings.dataDir().resolve("pending");
		this.clock = clock;
		FileSystemUtils.deleteRecursively(this.root.toFile());
	}

	/**
	 * Keep a preview's files until it is confirmed or expires.
	 * @param token the preview's token
	 * @param username who previewed it
	 * @param files the files
	 */
	synchronized void put(String token, String username, List<UploadedFile> files) {
		sweep();
		List<Pending> mine = this.pending.values()
			.stream()
			.filter((p) -> p.username().equals(username))
			.sorted(Comparator.comparing(Pending::at))
			.toList();
		for (int i = 0; i <= mine.size() - PER_USER; i++) {
			drop(mine.get(i).token());
		}
		Path dir = this.root.resolve(token);
		List<String> names = new ArrayList<>();
		try {
			Files.createDirectories(dir);
			for (int i = 0; i < files.size(); i++) {
				Files.write(dir.resolve(Integer.toString(i)), files.get(i).content());
				names.add(files.get(i).name());
			}
		}
		catch (IOException ex) {
			FileSystemUtils.deleteRecursively(dir.toFile());
			throw new UncheckedIOException("无法暂存上传的文件：" + ex.getMessage(), ex);
		}
		this.pending.put(token, new Pending(token, username, names, this.clock.instant()));
	}

	/**
	 * The files of a preview that has not expired, for the user who previewed it.
	 * @param token the preview's token
	 * @param username who confirms it
	 * @return the files, or empty
	 */
	Optional<List<UploadedFile>> files(String token, String username) {
		Pending p = (token != null) ? this.pending.get(token) : null;
		if (p == null || !p.username().equals(username) || expired(p)) {
			return Optional.empty();
		}
		Path dir = this.root.resolve(p.token());
		List<UploadedFile> files = new ArrayList<>();
		try {
			for (int i = 0; i < p.names().size(); i++) {
				files.add(new UploadedFile(p.names().get(i), Files.readAllBytes(dir.resolve(Integer.toString(i)))));
			}
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		return Optional.of(files);
	}

	/**
	 * Forget a preview and delete its files.
	 * @param token the preview's token
	 */
	synchronized void drop(String token) {
		Pending p = this.pending.remove(token);
		if (p != null) {
			FileSystemUtils.deleteRecursively(this.root.resolve(p.token()).toFile());
		}
	}

	/**
	 * The previews waiting now.
	 * @return how many
	 */
	int size() {
		return this.pending.size();
	}

	/**
	 * Whether a preview's files wait on disk.
	 * @param token the preview's token
	 * @return true while they do
	 */
	boolean onDisk(String token) {
		return Files.isDirectory(this.root.resolve(token));
	}

	@Scheduled(fixedDelay = 60_000)
	synchronized void sweep() {
		this.pending.values().stream().filter(this::expired).map(Pending::token).toList().forEach(this::drop);
	}

	private boolean expired(Pending p) {
		return !p.at().plus(EXPIRY).isAfter(this.clock.instant());
	}

	private record Pending(String token, String username, List<String> names, Instant at) {

	}

}
