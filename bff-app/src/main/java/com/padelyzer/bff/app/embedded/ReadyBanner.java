package com.padelyzer.bff.app.embedded;

import com.padelyzer.bff.app.demo.DemoUsers;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;

/**
 * What the embedded default prints once it is ready: where it listens, demo tokens and curl lines to paste.
 * scripts/smoke-quickstart.sh runs every line of the "Try:" block, so each must answer 200 with JSON.
 */
final class ReadyBanner {

    private final DemoTokens tokens;
    private final Clock clock;

    ReadyBanner(DemoTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    void print(PrintStream out, String url, String jdbcUrl, DemoUsers demo, Duration startup) {
        String staffToken = tokens.accessTokenFor(demo.staffUserId());
        String ownerToken = tokens.accessTokenFor(demo.clubOwnerUserId());
        String adminToken = tokens.accessTokenFor(demo.organizationAdminUserId());
        String memberToken = tokens.accessTokenFor(demo.clubMemberUserId());
        String today = clock.instant().atZone(demo.demoClubZone()).toLocalDate().toString();
        out.printf("""

                ==== Padel BFF: embedded default ready in %d ms ====
                URL:        %s
                Health:     %s/health
                Demo data:  embedded PostgreSQL (%s), loaded for today %s; demo club %s
                Tokens are signed with a secret made for this run (HS256, valid 12 h):
                  staff user       (%s): %s
                  club owner user  (%s): %s
                  org admin user   (%s): %s
                  club member user (%s): %s

                Try:
                  curl -s -H 'Authorization: Bearer %s' '%s/api/bff/bi/analytics/club/?club=%s&period=month'
                  curl -s -H 'Authorization: Bearer %s' '%s/api/bff/auth/context/'
                  curl -s -H 'Authorization: Bearer %s' '%s/api/bff/bi/availability/bulk/?club=%s&date=%s'
                Stop with Ctrl-C.
                ================================================

                """,
                startup.toMillis(), url, url, jdbcUrl, today, demo.demoClubId(),
                demo.staffEmail(), staffToken, demo.clubOwnerEmail(), ownerToken, demo.organizationAdminEmail(), adminToken,
                demo.clubMemberEmail(), memberToken,
                ownerToken, url, demo.demoClubId(),
                memberToken, url,
                memberToken, url, demo.demoClubId(), today);
        out.flush();
    }
}
