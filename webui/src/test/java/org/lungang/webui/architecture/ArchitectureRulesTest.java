package org.lungang.webui.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.lungang.webui.archfixture.ui.ViewWithRepository;
import org.lungang.webui.archfixturea.FeatureA;
import org.lungang.webui.archfixtureb.FeatureB;
import org.lungang.webui.base.ui.BaseUsingAFeature;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.workspace.ui.CurrentPlan;

/** The architecture rules catch what they are there for, on small test-only classes that break them. */
class ArchitectureRulesTest {

    private static JavaClasses fixtures() {
        return new ClassFileImporter().importClasses(ViewWithRepository.class, ViewWithRepository.Things.class,
                FeatureA.class, FeatureB.class, BaseUsingAFeature.class);
    }

    @Test
    void aViewThatTouchesARepositoryIsReported() {
        assertThat(ArchitectureTest.viewsNeverTouchRepositories.evaluate(fixtures()).hasViolation()).isTrue();
    }

    @Test
    void twoFeaturesThatUseEachOtherAreReported() {
        assertThat(ArchitectureTest.featurePackagesFormNoCycle.evaluate(fixtures()).hasViolation()).isTrue();
    }

    @Test
    void baseCodeThatUsesAFeatureIsReported() {
        assertThat(ArchitectureTest.baseDependsOnNoFeature.evaluate(fixtures()).hasViolation()).isTrue();
    }

    @Test
    void classesThatKeepTheRulesAreNotReported() {
        JavaClasses keeping = new ClassFileImporter().importClasses(FeatureA.class, Words.class, CurrentPlan.class);

        assertThat(ArchitectureTest.featurePackagesFormNoCycle.evaluate(keeping).hasViolation()).isFalse();
        assertThat(ArchitectureTest.baseDependsOnNoFeature.evaluate(keeping).hasViolation()).isFalse();
        assertThat(ArchitectureTest.viewsNeverTouchRepositories.evaluate(keeping).hasViolation()).isFalse();
    }
}
