package org.scrutineer.audit.internal;

import org.scrutineer.audit.AuditHistory;
import org.scrutineer.audit.ChainVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar scrutineer.jar verify-audit}: checks the whole audit chain, prints what it found and exits 0
 * when intact, 1 when any entry was altered or removed.
 */
@Component
class VerifyAuditCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(VerifyAuditCommand.class);

    private final AuditHistory audit;
    private int exitCode;

    VerifyAuditCommand(AuditHistory audit) {
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.getNonOptionArgs().isEmpty() || !"verify-audit".equals(args.getNonOptionArgs().get(0))) {
            return;
        }
        long started = System.nanoTime();
        ChainVerification result = audit.verify();
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (result.intact()) {
            System.out.printf("Audit history intact: %d entries checked in %d ms.%n", result.entriesChecked(), ms);
        } else {
            System.out.printf("AUDIT HISTORY BROKEN: %d problem(s) in %d entries (checked in %d ms):%n",
                    result.breaks().size(), result.entriesChecked(), ms);
            result.breaks().forEach(b -> System.out.printf("  entry %d: %s%n", b.entryId(), b.problem()));
            log.error("Audit chain verification found {} problem(s)", result.breaks().size());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
