package org.scrutineer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.directory.DirectoryManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "scrutineer.demo-data=never")
class ScaleGeneratorIntegrationTests {

    @Autowired
    ScaleGenerator generator;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    AuditHistory audit;

    @Test
    void addsOneUnitOfRecordsOnTopOfTheDemoCouncil() {
        long peopleBefore = directory.countPeople();
        ScaleGenerator.Generated generated = generator.generate(1);
        assertThat(directory.council()).isPresent();
        assertThat(generated.people()).isEqualTo(90);
        assertThat(generated.committees()).isEqualTo(6);
        assertThat(generated.memberships()).isGreaterThan(400);
        assertThat(generated.deadlines()).isEqualTo(ScaleGenerator.DEADLINES_PER_UNIT);
        assertThat(directory.countPeople()).isGreaterThanOrEqualTo(peopleBefore + 90);
        assertThat(audit.verify().intact()).isTrue();
    }
}
