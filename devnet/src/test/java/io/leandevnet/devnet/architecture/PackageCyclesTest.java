package io.leandevnet.devnet.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No package of a module's main code depends on itself through other packages: each package can be
 * read (and changed) after the ones it uses. Checked per module, on the compiled classes of every
 * module (the devnet module sees them all); Maven already refuses cycles between modules.
 */
class PackageCyclesTest {

  @ParameterizedTest
  @ValueSource(strings = {"ssz", "crypto", "consensus", "node", "devnet"})
  void packagesOfAModuleFormNoCycle(String module) {
    String root = "io.leandevnet." + module;
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(root);
    slices()
        .assignedFrom(eachPackageOf(root))
        .should()
        .beFreeOfCycles()
        .allowEmptyShould(false)
        .check(classes);
  }

  /** Every package below {@code root} (and {@code root} itself) a slice of its own. */
  private static SliceAssignment eachPackageOf(String root) {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass c) {
        String pkg = c.getPackageName();
        return pkg.equals(root) || pkg.startsWith(root + ".")
            ? SliceIdentifier.of(pkg)
            : SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "the packages of " + root;
      }
    };
  }
}
