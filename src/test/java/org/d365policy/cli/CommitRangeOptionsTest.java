package org.d365policy.cli;

import org.d365policy.gate.Commit;
import org.d365policy.gate.CommitRange;
import org.d365policy.gate.GitException;
import org.d365policy.gate.Revisions;
import org.d365policy.gate.TestRepository;
import org.d365policy.gate.TenantFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which two sides the gate compares: the options first, then pre-commit's ref range, else HEAD and the index. */
class CommitRangeOptionsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void twoBranches() throws Exception {
        TestRepository repo = new TestRepository(dir);
        repo.commit("prod.tenant.yaml", "tenant: a\n");
        repo.git("checkout", "-q", "-b", "feature");
        repo.commit("prod.tenant.yaml", "tenant: b\n");
        repo.git("checkout", "-q", "main");
    }

    @Test
    void withoutOptionsOrRefsTheGateComparesHeadWithTheIndex() throws Exception {
        assertThat(new CommitRangeOptions().revisions(dir, Map.of())).isInstanceOf(Commit.class);
        assertThat(new CommitRangeOptions().revisions(dir, Map.of(CommitRangeOptions.FROM_REF, ""))).isInstanceOf(Commit.class);
    }

    @Test
    void preCommitsRefRangeComparesTwoCommits() throws Exception {
        Revisions range = new CommitRangeOptions().revisions(dir,
                Map.of(CommitRangeOptions.FROM_REF, "main", CommitRangeOptions.TO_REF, "feature"));
        assertThat(range).isInstanceOf(CommitRange.class);
        List<TenantFile> files = range.files(List.of());
        assertThat(files).containsExactly(new TenantFile("prod.tenant.yaml", "prod.tenant.yaml"));
        assertThat(new String(range.after(files.get(0)))).isEqualTo("tenant: b\n");
        assertThat(new String(range.before(files.get(0)))).isEqualTo("tenant: a\n");
    }

    @Test
    void theOptionsComeBeforeTheEnvironment() throws Exception {
        CommitRangeOptions options = new CommitRangeOptions();
        options.base = "feature";
        Revisions range = options.revisions(dir, Map.of(CommitRangeOptions.FROM_REF, "no-such-ref"));
        assertThat(range.files(List.of())).isEmpty();
    }

    @Test
    void aMissingRefFromTheEnvironmentIsNamedAsTheVariable() {
        assertThatThrownBy(() -> new CommitRangeOptions().revisions(dir,
                Map.of(CommitRangeOptions.FROM_REF, "main", CommitRangeOptions.TO_REF, "deadbeef")))
                .isInstanceOf(GitException.class)
                .hasMessageStartingWith("PRE_COMMIT_TO_REF=deadbeef: no commit of that name in")
                .hasMessageContaining("git fetch origin deadbeef");
    }
}
