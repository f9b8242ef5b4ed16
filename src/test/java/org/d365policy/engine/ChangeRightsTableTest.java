package org.d365policy.engine;

import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.change.Operation;
import org.d365policy.model.change.OperationRight;
import org.d365policy.model.change.OperationScope;
import org.d365policy.model.snapshot.Tenant;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of rules/change-rights.drl, as the rules see it: exactly one line for each operation on
 * the directory, none for the others, and no line without an admin role. A directory operation
 * added to {@link Operation} without its line fails here.
 */
class ChangeRightsTableTest {
    @Test
    void everyDirectoryOperationHasExactlyOneLineAndNoOtherOperationHasOne() throws Exception {
        Tenant empty = new SnapshotLoader().load("tenant: empty\n".getBytes(StandardCharsets.UTF_8), "empty.yaml");
        List<OperationRight> table;
        try (TenantSession session = new TenantSession(RuleBase.bundled(), empty,
                EvaluationSettings.resolve(empty, null, null, java.time.LocalDate.of(2026, 11, 22), null), List.of(),
                TenantSession.Judges.CHANGES)) {
            table = session.kieSession().getObjects(o -> o instanceof OperationRight).stream().map(o -> (OperationRight) o).toList();
        }
        List<Operation> directory = Arrays.stream(Operation.values()).filter(op -> op.getScope() == OperationScope.DIRECTORY).toList();
        assertThat(table).extracting(OperationRight::getOperation)
                .as("one line per directory operation in rules/change-rights.drl")
                .containsExactlyInAnyOrderElementsOf(directory);
        assertThat(table).allSatisfy(line -> assertThat(line.getRoles()).as("the roles of %s", line.getOperation()).isNotEmpty());
    }
}
