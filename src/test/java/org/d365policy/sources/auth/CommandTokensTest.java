package org.d365policy.sources.auth;

import org.d365policy.sources.http.Endpoint;
import org.d365policy.sources.http.SourceFailure;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandTokensTest {
    final Endpoint admin = new Endpoint("Power Platform admin API", "https://api.bap.microsoft.com/", "https://service.powerapps.com", Map.of());

    @Test
    void resourceAndAudienceAreFilledInAndTheOutputIsTheToken() throws Exception {
        CommandTokens tokens = new CommandTokens("printf 'tok|%s|%s\\n' {resource} {audience}");
        assertThat(tokens.token(admin)).isEqualTo("tok|https://api.bap.microsoft.com|https://service.powerapps.com");
    }

    @Test
    void outputThatIsNoSingleTokenIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> new CommandTokens("printf 'two words'").token(admin)).isInstanceOf(SourceFailure.class)
                .hasMessage("--token-command for Power Platform admin API: the command's standard output is not one bearer token (it is not shown)");
    }
}
