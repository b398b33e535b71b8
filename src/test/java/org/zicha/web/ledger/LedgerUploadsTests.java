package org.zicha.web.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.zicha.web.Role;
import org.zicha.web.Viewer;
import org.zicha.web.WebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LedgerUploadsTests extends WebTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void previewStoresNothing() {
		long[] before = stored();
		Preview preview = this.uploads.preview(admin(), List.of(json("other.json",
				"{\"organizations\": [{\"id\": \"X\", \"name\": \"新党支部\", \"kind\": \"BRANCH\"}]}")));
		assertThat(preview.acceptable()).as(preview.errors().toString()).isTrue();
		assertThat(preview.files()).extracting(Preview.FileChange::change).containsExactly("新增");
		assertThat(preview.organisations()).extracting(Preview.OrgCount::orgId).contains("X");
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void anInvalidFileShowsEveryErrorAndStoresNothing() {
		storeSample();
		long[] before = stored();
		Preview preview = this.uploads.preview(admin(), List.of(json("broken.json",
				"{\"members\": [{\"id\": \"m1\", \"name\": \"王\", \"orgId\": \"B9\", \"status\": \"FULL\"},"
						+ " {\"id\": \"m2\", \"name\": \"李\", \"orgId\": \"B1\", \"status\": \"SOMETIMES\"}]}")));
		assertThat(preview.acceptable()).isFalse();
		assertThat(preview.errors()).extracting(Preview.Problem::text)
			.anySatisfy((t) -> assertThat(t).contains("broken.json members[0]（党员编号 m1）.orgId").contains("B9"))
			.anySatisfy((t) -> assertThat(t).contains("members[1]（党员编号 m2）.status").contains("SOMETIMES"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.uploads.confirm(admin(), preview.token()))
			.withMessageContaining("重新上传");
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void anIdenticalReuploadChangesNothing() {
		storeSample();
		long[] before = stored();
		Preview preview = this.uploads.preview(admin(), List.of(sample()));
		assertThat(preview.identical()).isTrue();
		assertThat(preview.files()).extracting(Preview.FileChange::change).containsExactly("相同");
		LedgerUploads.Confirmation done = this.uploads.confirm(admin(), preview.token());
		assertThat(done.changed()).isFalse();
		assertThat(done.message()).contains("完全相同");
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void aConfirmedUploadStoresItsFilesWithTheirHash() {
		long[] before = stored();
		String content = "{\"organizations\": [{\"id\": \"Q\", \"name\": \"确认测试党支部\", \"kind\": \"BRANCH\"}]}";
		UploadedFile file = json("confirm-" + before[0] + ".json", content);
		Preview preview = this.uploads.preview(admin(), List.of(file));
		LedgerUploads.Confirmation done = this.uploads.confirm(admin(), preview.token());
		assertThat(done.changed()).isTrue();
		assertThat(stored()).containsExactly(before[0] + 1, before[1] + 1);
		assertThat(this.jdbc.sql("SELECT sha256 FROM ledger_file WHERE upload_id = ?")
			.param(done.uploadId())
			.query(String.class)
			.single()).isEqualTo(file.sha256());
		assertThat(this.uploads.history(admin())).first()
			.satisfies((u) -> assertThat(u.summary()).contains(file.name()));
		long fileId = this.jdbc.sql("SELECT id FROM ledger_file WHERE upload_id = ?")
			.param(done.uploadId())
			.query(Long.class)
			.single();
		// Taken out again (so that the other tests check the sample alone): not by
		// another's secretary.
		Viewer secretary = new Viewer("secretary-b1-upload", Role.SECRETARY, "B1");
		org.assertj.core.api.Assertions
			.assertThatExceptionOfType(org.springframework.web.server.ResponseStatusException.class)
			.isThrownBy(() -> this.uploads.remove(secretary, fileId));
		assertThat(this.uploads.remove(admin(), fileId)).contains(file.name());
		assertThat(this.uploads.activeFiles(admin())).extracting(LedgerUploads.ActiveFile::id).doesNotContain(fileId);
		assertThat(this.uploads.history(admin())).first().satisfies((u) -> assertThat(u.summary()).startsWith("停用文件"));
	}

	@Test
	void anOversizedFileIsRefusedWithAClearMessage() {
		long[] before = stored();
		byte[] big = new byte[4 * 1024 * 1024];
		Arrays.fill(big, (byte) ' ');
		Preview preview = this.uploads.preview(admin(), List.of(new UploadedFile("big.json", big)));
		assertThat(preview.errors()).extracting(Preview.Problem::text)
			.containsExactly("big.json：文件过大（4.0 MB），单个文件不能超过3.0 MB");
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void aZipBombIsRefusedWithAClearMessage() throws IOException {
		long[] before = stored();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 40; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		assertThat(bytes.size()).isLessThan(100_000);
		Preview preview = this.uploads.preview(admin(), List.of(new UploadedFile("bomb.xlsx", bytes.toByteArray())));
		assertThat(preview.errors()).singleElement()
			.satisfies((p) -> assertThat(p.text()).startsWith("bomb.xlsx：")
				.contains("xl/worksheets/sheet1.xml")
				.contains("疑似压缩炸弹，已拒绝"));
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void aSecretaryMayUploadOnlyRecordsOfTheirOwnSubtree() {
		storeSample();
		user("secretary-b1-upload", Role.SECRETARY, "B1");
		Viewer secretary = new Viewer("secretary-b1-upload", Role.SECRETARY, "B1");
		Preview own = this.uploads.preview(secretary, List.of(json("b1.json", activities("B1", "B1-EXTRA-1"))));
		assertThat(own.acceptable()).as(own.errors().toString()).isTrue();
		Preview other = this.uploads.preview(secretary, List.of(json("b4.json", activities("B4", "B4-EXTRA-1"))));
		assertThat(other.acceptable()).isFalse();
		assertThat(other.errors()).extracting(Preview.Problem::message)
			.singleElement()
			.satisfies((m) -> assertThat(m).contains("不属于本组织（机关第一党支部）").contains("B4-EXTRA-1").contains("公路建设养护党支部"));
	}

	@Test
	void aSecretarySeesTheUnitsFilesAndTheirOwnButNotAnotherBranchs() {
		storeSample();
		user("secretary-b1-upload", Role.SECRETARY, "B1");
		Viewer b1 = new Viewer("secretary-b1-upload", Role.SECRETARY, "B1");
		Viewer b4 = new Viewer("secretary-b4-upload", Role.SECRETARY, "B4");
		String name = "b1-own-" + System.nanoTime() + ".json";
		Preview own = this.uploads.preview(b1, List.of(json(name, activities("B1", "B1-OWN-1"))));
		this.uploads.confirm(b1, own.token());
		String sample = SAMPLE.getFileName().toString();
		assertThat(this.uploads.activeFiles(b1))
			.extracting(LedgerUploads.ActiveFile::name, LedgerUploads.ActiveFile::scopeOrg)
			.contains(org.assertj.core.groups.Tuple.tuple(sample, null),
					org.assertj.core.groups.Tuple.tuple(name, "B1"));
		assertThat(this.uploads.activeFiles(b4)).extracting(LedgerUploads.ActiveFile::name)
			.contains(sample)
			.doesNotContain(name);
		assertThat(this.uploads.activeFiles(b4)).extracting(LedgerUploads.ActiveFile::scopeOrg)
			.allSatisfy((org) -> assertThat(org).isIn(null, "B4"));
		long fileId = this.uploads.activeFiles(b1)
			.stream()
			.filter((f) -> f.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(this.uploads.remove(b1, fileId)).contains(name);
	}

	@Test
	void anInspectorCannotUpload() {
		Viewer inspector = new Viewer("inspector", Role.INSPECTOR, null);
		org.assertj.core.api.Assertions
			.assertThatExceptionOfType(org.springframework.web.server.ResponseStatusException.class)
			.isThrownBy(() -> this.uploads.preview(inspector, List.of(sample())))
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(403));
	}

	private static String activities(String org, String id) {
		return "{\"activities\": [{\"id\": \"" + id + "\", \"orgId\": \"" + org
				+ "\", \"types\": [\"BRANCH_COMMITTEE\"], \"date\": \"2025-12-20\", \"topic\": \"12月支委会\"}]}";
	}

	private static UploadedFile json(String name, String content) {
		return new UploadedFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

	/** The number of stored uploads and ledger files. */
	private long[] stored() {
		return new long[] { this.jdbc.sql("SELECT COUNT(*) FROM ledger_upload").query(Long.class).single(),
				this.jdbc.sql("SELECT COUNT(*) FROM ledger_file").query(Long.class).single() };
	}

}
