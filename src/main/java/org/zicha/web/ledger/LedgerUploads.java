package org.zicha.web.ledger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.zicha.inspection.Inspection;
import org.zicha.inspection.LedgerInput;
import org.zicha.ledger.Exemption;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.LedgerException;
import org.zicha.ledger.LedgerFile;
import org.zicha.ledger.LedgerRead;
import org.zicha.web.FileStore;
import org.zicha.web.Rules;
import org.zicha.web.Scope;
import org.zicha.web.Viewer;

/**
 * Ledger uploads. A preview reads the stored ledger with the uploaded files in place of
 * the stored files of the same source and shows what it would hold and every problem; it
 * stores nothing. Confirming stores the files in one transaction, unless they are
 * identical to the stored ones. A source is who uploaded a file (all of the organisation,
 * or one secretary's organisation) and its name.
 */
@Service
public class LedgerUploads {

	private final LedgerFiles files;

	private final FileStore store;

	private final UploadLimits limits;

	private final Rules rules;

	private final Clock clock;

	private final PendingUploads pending;

	private final ExemptionReviews reviews;

	LedgerUploads(LedgerFiles files, FileStore store, UploadLimits limits, Rules rules, Clock clock,
			PendingUploads pending, ExemptionReviews reviews) {
		this.reviews = reviews;
		this.files = files;
		this.store = store;
		this.limits = limits;
		this.rules = rules;
		this.clock = clock;
		this.pending = pending;
	}

	/**
	 * Preview an upload: nothing is stored.
	 * @param viewer who uploads
	 * @param uploaded the files
	 * @return the preview; its token confirms it when it has no errors
	 */
	public Preview preview(Viewer viewer, List<UploadedFile> uploaded) {
		viewer.requireWriter();
		Preview preview = check(viewer, uploaded);
		if (preview.acceptable()) {
			this.pending.put(preview.token(), viewer.username(), uploaded);
		}
		return preview;
	}

	/**
	 * Confirm a previewed upload: checked again against the ledger as stored now, then
	 * stored in one transaction. An upload identical to the stored files changes nothing.
	 * @param viewer who confirms (the one who uploaded)
	 * @param token the preview's token
	 * @return what was done
	 * @throws UploadException with the preview, when it now has errors
	 */
	@Transactional
	public Confirmation confirm(Viewer viewer, String token) {
		viewer.requireWriter();
		List<UploadedFile> uploaded = this.pending.files(token, viewer.username())
			.orElseThrow(() -> new IllegalArgumentException("预览已过期或不存在，请重新上传"));
		Checked checked = checked(viewer, uploaded);
		Preview preview = checked.preview();
		if (!preview.acceptable()) {
			throw new UploadException(preview);
		}
		this.pending.drop(token);
		if (preview.identical()) {
			return new Confirmation(null, false, "上传的文件与已导入的文件完全相同，台账未作更改");
		}
		String summary = summary(preview);
		long upload = this.files.insertUpload(viewer.username(), OffsetDateTime.now(this.clock),
				viewer.seesAll() ? null : viewer.orgId(), summary);
		for (UploadedFile file : uploaded) {
			String sha = this.store.put(file.content());
			this.files.replace(upload, source(viewer, file.name()), file.name(), sha, file.content().length);
		}
		int waiting = this.reviews.submit(viewer, checked.addedExemptions());
		return new Confirmation(upload, true,
				"已导入：" + summary + ((waiting > 0) ? "。其中" + waiting + "条例外须经管理员或检查人员审批后才在检查中适用" : ""));
	}

	/**
	 * The ledger a run checks: every stored file in use, merged.
	 * @return the files, or empty when nothing was uploaded yet
	 */
	public Optional<StoredLedger> stored() {
		List<LedgerFiles.StoredFile> active = this.files.active(Scope.all());
		if (active.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new StoredLedger(active.stream().map(LedgerFiles.StoredFile::id).toList(),
				active.stream().map((f) -> new UploadedFile(f.name(), this.store.get(f.sha256()))).toList()));
	}

	/**
	 * The ledger files a run read, by their ids.
	 * @param ids the stored files' ids
	 * @return the files with their content
	 */
	public List<UploadedFile> files(List<Long> ids) {
		return ids.stream()
			.map((id) -> this.files.file(id, Scope.all()))
			.map((f) -> new UploadedFile(f.name(), this.store.get(f.sha256())))
			.toList();
	}

	/**
	 * The uploads a viewer may see: all of them, or a secretary's organisation's.
	 * @param viewer who looks
	 * @return the uploads, latest first
	 */
	public List<UploadRecord> history(Viewer viewer) {
		return this.files.uploads(Scope.ownOrganisation(viewer));
	}

	/**
	 * The stored files in use, for the upload page.
	 * @param viewer who looks
	 * @return the files: all, or for a secretary the unit's own (uploaded for the whole
	 * unit) and their organisation's
	 */
	public List<ActiveFile> activeFiles(Viewer viewer) {
		Scope own = Scope.ownOrganisation(viewer);
		// The unit's own files (an administrator's upload, owned by no organisation) are
		// listed for everyone: a secretary's checks read them too.
		return this.files.active(Scope.all())
			.stream()
			.filter((f) -> f.owner() == null || own.includes(f.owner()))
			.map((f) -> new ActiveFile(f.id(), f.name(),
					f.source().startsWith("/") ? null : f.source().substring(0, f.source().indexOf('/')), f.size()))
			.toList();
	}

	/**
	 * Take a stored file out of the ledger (kept in the history; a later upload of the
	 * same name brings it back).
	 * @param viewer who does it: an administrator, or a secretary for their own files
	 * @param fileId the stored file
	 * @return what was done
	 */
	@Transactional
	public String remove(Viewer viewer, long fileId) {
		viewer.requireWriter();
		Scope scope = Scope.ownOrganisation(viewer);
		LedgerFiles.StoredFile file = this.files.file(fileId, scope);
		if (file == null || this.files.active(scope).stream().noneMatch((f) -> f.id() == fileId)) {
			throw Viewer.notFound();
		}
		this.files.deactivate(file, scope);
		this.files.insertUpload(viewer.username(), OffsetDateTime.now(this.clock),
				viewer.seesAll() ? null : viewer.orgId(), "停用文件：" + file.name() + "（此后的检查不再读取）");
		return "已停用 " + file.name() + "，此后的检查不再读取它";
	}

	/**
	 * A stored file in use.
	 *
	 * @param id its id
	 * @param name its name
	 * @param scopeOrg the organisation of the secretary who uploaded it, or null
	 * @param size its size in bytes
	 */
	public record ActiveFile(long id, String name, String scopeOrg, long size) {

	}

	private Preview check(Viewer viewer, List<UploadedFile> uploaded) {
		return checked(viewer, uploaded).preview();
	}

	private Checked checked(Viewer viewer, List<UploadedFile> uploaded) {
		List<Preview.Problem> errors = new ArrayList<>();
		if (uploaded.isEmpty()) {
			errors.add(problem("", "请选择要上传的台账文件（.xlsx 或 .json）"));
		}
		Set<String> names = new HashSet<>();
		for (UploadedFile file : uploaded) {
			if (!names.add(file.name())) {
				errors.add(problem(file.name(), "同名文件上传了两次"));
			}
			if (!LedgerFile.isLedgerName(file.name())) {
				errors.add(problem(file.name(), "不是台账文件，只能上传 .xlsx 或 .json 文件"));
			}
			this.limits.refusal(file).ifPresent((reason) -> errors.add(problem(file.name(), reason)));
		}
		if (errors.isEmpty()) {
			this.limits.tooManyRows(uploaded).ifPresent((reason) -> errors.add(problem("", reason)));
		}
		List<LedgerFiles.StoredFile> active = this.files.active(Scope.all());
		Map<String, LedgerFiles.StoredFile> bySource = active.stream()
			.collect(Collectors.toMap(LedgerFiles.StoredFile::source, (f) -> f, (a, b) -> b));
		List<Preview.FileChange> changes = new ArrayList<>();
		Set<String> replaced = new HashSet<>();
		for (UploadedFile file : uploaded) {
			String source = source(viewer, file.name());
			LedgerFiles.StoredFile stored = bySource.get(source);
			String sha = file.sha256();
			changes.add(new Preview.FileChange(file.name(), file.content().length, sha,
					(stored == null) ? "新增" : (stored.sha256().equals(sha) ? "相同" : "替换")));
			replaced.add(source);
		}
		boolean identical = !changes.isEmpty() && changes.stream().allMatch((c) -> c.change().equals("相同"));
		String token = UUID.randomUUID().toString();
		if (!errors.isEmpty()) {
			return new Checked(Preview.of(token, changes, List.of(), List.of(), errors, List.of(), identical),
					List.of());
		}
		List<UploadedFile> others = active.stream()
			.filter((f) -> !replaced.contains(f.source()))
			.map((f) -> new UploadedFile(f.name(), this.store.get(f.sha256())))
			.toList();
		List<UploadedFile> merged = new ArrayList<>(others);
		merged.addAll(uploaded);
		Inspection inspection = this.rules.inspection();
		LedgerRead read;
		try {
			read = inspection.read(input(merged), false);
		}
		catch (LedgerException ex) {
			ex.problems().forEach((p) -> errors.add(Preview.Problem.of(p)));
			return new Checked(Preview.of(token, changes, List.of(), List.of(), errors, List.of(), identical),
					List.of());
		}
		List<Exemption> addedExemptions = List.of();
		List<String> warnings = new ArrayList<>(read.warnings());
		if (!viewer.seesAll()) {
			Ledger without = withoutUpload(inspection, others);
			Set<Exemption> before = new HashSet<>(without.exemptions());
			addedExemptions = read.ledger().exemptions().stream().filter((e) -> !before.contains(e)).toList();
			if (!addedExemptions.isEmpty()) {
				warnings.add("本次上传新增例外" + addedExemptions.size() + "条，须经管理员或检查人员审批后才在检查中适用");
			}
			List<String> outside = ScopeCheck.outside(read.ledger(), without, viewer.orgId());
			String names2 = uploaded.stream().map(UploadedFile::name).collect(Collectors.joining("、"));
			outside.forEach((r) -> errors.add(problem(names2, "不属于本组织（"
					+ LedgerCounts.tree(read.ledger()).name(viewer.orgId()) + "）及其下级组织的记录，支部书记只能上传本组织的台账：" + r)));
		}
		return new Checked(
				Preview.of(token, changes, LedgerCounts.tables(read.ledger()),
						LedgerCounts.organisations(read.ledger(), viewer), errors, warnings, identical),
				addedExemptions);
	}

	private static Ledger withoutUpload(Inspection inspection, List<UploadedFile> others) {
		Ledger empty = new Ledger(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of());
		if (others.isEmpty()) {
			return empty;
		}
		try {
			return inspection.read(input(others), true).ledger();
		}
		catch (LedgerException ex) {
			return empty;
		}
	}

	static LedgerInput input(List<UploadedFile> files) {
		return LedgerInput.files(files.stream().map(UploadedFile::ledgerFile).toList());
	}

	private static String source(Viewer viewer, String name) {
		return (viewer.seesAll() ? "" : viewer.orgId()) + "/" + name;
	}

	private static String summary(Preview preview) {
		String files = preview.files()
			.stream()
			.map((f) -> f.name() + "（" + f.change() + "）")
			.collect(Collectors.joining("、"));
		String counts = preview.tables()
			.stream()
			.filter((t) -> t.count() > 0)
			.map((t) -> t.table() + " " + t.count())
			.collect(Collectors.joining("，"));
		return files + "；导入后台账共有：" + counts;
	}

	private static Preview.Problem problem(String file, String message) {
		return new Preview.Problem(file, null, -1, null, null, message, (file.isEmpty() ? "" : file + "：") + message);
	}

	/**
	 * A checked upload: its preview, and the exemptions a secretary's upload adds.
	 */
	private record Checked(Preview preview, List<Exemption> addedExemptions) {

	}

	/**
	 * The outcome of confirming an upload.
	 *
	 * @param uploadId the stored upload, or null when nothing changed
	 * @param changed whether the stored ledger changed
	 * @param message what was done, in Chinese
	 */
	public record Confirmation(Long uploadId, boolean changed, String message) {

	}

	/**
	 * The stored ledger: the files in use.
	 *
	 * @param fileIds the ids of the stored files
	 * @param files the files with their content
	 */
	public record StoredLedger(List<Long> fileIds, List<UploadedFile> files) {

		/**
		 * The files as a run's input.
		 * @return the input
		 */
		public LedgerInput input() {
			return LedgerUploads.input(this.files);
		}

	}

}
