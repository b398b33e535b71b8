package org.zicha;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Data flows one way: the front ends (cli, web) → the entry point (inspection) → check →
 * rules, ledger, finding; report → finding; dossier → report, finding, ledger. Only rules
 * and check see Drools. The web's controllers run no SQL: the stores do, within a Scope.
 */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.zicha");

	@Test
	void packagesHaveNoCycles() {
		slices().matching("org.zicha.(*)..").should().beFreeOfCycles().check(this.classes);
	}

	@Test
	void theLedgerDependsOnNothingElseOfZicha() {
		noClasses().that()
			.resideInAPackage("org.zicha.ledger..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.zicha.finding..", "org.zicha.rules..", "org.zicha.check..", "org.zicha.report..",
					"org.zicha.inspection..", "org.zicha.cli..", "org.zicha.web..")
			.check(this.classes);
	}

	@Test
	void findingsDependOnlyOnTheLedger() {
		noClasses().that()
			.resideInAPackage("org.zicha.finding..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.zicha.rules..", "org.zicha.check..", "org.zicha.report..",
					"org.zicha.inspection..", "org.zicha.cli..", "org.zicha.web..")
			.check(this.classes);
	}

	@Test
	void rulesDoNotDependOnTheCheckTheReportOrTheFrontEnds() {
		noClasses().that()
			.resideInAPackage("org.zicha.rules..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.zicha.check..", "org.zicha.report..", "org.zicha.inspection..", "org.zicha.cli..",
					"org.zicha.web..")
			.check(this.classes);
	}

	@Test
	void theCheckDoesNotDependOnTheReportOrTheFrontEnds() {
		noClasses().that()
			.resideInAPackage("org.zicha.check..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.zicha.report..", "org.zicha.inspection..", "org.zicha.cli..", "org.zicha.web..")
			.check(this.classes);
	}

	@Test
	void reportsDependOnFindingsNotOnTheEngine() {
		noClasses().that()
			.resideInAPackage("org.zicha.report..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.zicha.check..", "org.zicha.rules..", "org.zicha.inspection..", "org.zicha.cli..",
					"org.zicha.web..")
			.check(this.classes);
	}

	@Test
	void theDossierDependsOnTheReportsLayoutNotOnTheEngine() {
		noClasses().that()
			.resideInAPackage("org.zicha.dossier..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.zicha.check..", "org.zicha.rules..", "org.zicha.inspection..", "org.zicha.cli..",
					"org.zicha.web..")
			.check(this.classes);
	}

	@Test
	void onlyTheEntryPointDrawsUpTheDossier() {
		noClasses().that()
			.resideInAnyPackage("org.zicha.ledger..", "org.zicha.finding..", "org.zicha.rules..", "org.zicha.check..",
					"org.zicha.report..", "org.zicha.cli..", "org.zicha.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.zicha.dossier..")
			.check(this.classes);
	}

	@Test
	void theEntryPointDoesNotDependOnTheFrontEnds() {
		noClasses().that()
			.resideInAPackage("org.zicha.inspection..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.zicha.cli..", "org.zicha.web..")
			.check(this.classes);
	}

	@Test
	void frontEndsGoThroughTheEntryPoint() {
		noClasses().that()
			.resideInAnyPackage("org.zicha.cli..", "org.zicha.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.zicha.check..")
			.check(this.classes);
	}

	@Test
	void theCommandLineDoesNotDependOnTheWeb() {
		noClasses().that()
			.resideInAPackage("org.zicha.cli..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.zicha.web..")
			.check(this.classes);
	}

	@Test
	void controllersRunNoSqlThemselves() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..")
			.because("the stores read and write the database, each query restricted to the caller's Scope")
			.check(this.classes);
	}

	@Test
	void onlyRulesAndCheckSeeDrools() {
		noClasses().that()
			.resideOutsideOfPackages("org.zicha.rules..", "org.zicha.check..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.kie..", "org.drools..")
			.check(this.classes);
	}

}
