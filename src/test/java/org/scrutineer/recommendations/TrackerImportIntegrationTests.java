package org.scrutineer.recommendations;

import org.scrutineer.accounts.Actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.scrutineer.recommendations.TrackerImportFixtures.row;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.audit.AuditAction;
import org.scrutineer.audit.AuditEntry;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Importing a spreadsheet tracker through its pages: upload, columns, preview with errors, import, re-import. */
@ScrutineerIntegrationTest
class TrackerImportIntegrationTests {

    static final String PLACE = "Place and Economy Overview and Scrutiny Committee";
    static final String CHILDREN = "Children and Young People Overview and Scrutiny Committee";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    RecommendationImports imports;

    @Autowired
    RecommendationManagement recommendations;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    AuditHistory audit;

    private Portfolio portfolio(String title) {
        return directory.portfolios(true).stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    /** Two reports: one the executive answered (with progress), one only agreed. */
    private List<List<Object>> tracker(String prefix) {
        Portfolio housing = portfolio("Housing");
        Portfolio transport = portfolio("Transport and Highways");
        return List.of(
                row(prefix + "(24/25)01", "Temporary accommodation", PLACE, "14/11/2024", "1",
                        "Publish the temporary accommodation placement policy", "Housing", "14/01/2025",
                        "09/01/2025", "Accepted", "", "Policy drafted for cabinet in March",
                        housing.holder().name(), housing.leadOfficer().name(), "31/03/2025", "Green", "01/02/2025"),
                row(prefix + "(24/25)01", "Temporary accommodation", PLACE, "14/11/2024", "2",
                        "End the use of bed and breakfast for families", "Housing", "14/01/2025", "09/01/2025",
                        "Partially Accepted", "Not possible within this year's budget", "Reduced by half",
                        housing.holder().name(), housing.leadOfficer().name(), "March 2026", "Amber", "01/02/2025"),
                row(prefix + "(24/25)01", "Temporary accommodation", PLACE, "14/11/2024", "3",
                        "Create a landlord incentive scheme", "Housing", "14/01/2025", "09/01/2025", "Rejected",
                        "The market does not support it", "", housing.holder().name(), "", "", "", ""),
                row(prefix + "(24/25)02", "School streets", PLACE, "06/03/2025", "1",
                        "Trial school streets at five primary schools", "Transport and Highways", "06/05/2025"),
                row(prefix + "(24/25)02", "School streets", PLACE, "06/03/2025", "2",
                        "Report back on air quality outside schools", transport.title(), "06/05/2025"));
    }

    private ImportId upload(byte[] file, String name) throws Exception {
        MvcResult result = mvc.perform(multipart("/recommendations/import")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", file))
                        .with(as(accounts, "scrutiny.officer")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/recommendations/import/*/mapping"))
                .andReturn();
        String url = result.getResponse().getRedirectedUrl();
        return new ImportId(Long.parseLong(url.replaceAll("\\D+", " ").strip()));
    }

    /** Confirms the guessed columns, as an officer pressing Continue does. */
    private void confirmColumns(ImportId id) throws Exception {
        Actor officer = TrackerImportFixtures.scrutinyOfficer(accounts);
        MockHttpServletRequestBuilder request = post("/recommendations/import/" + id + "/mapping")
                .with(as(accounts, "scrutiny.officer")).with(csrf());
        for (Map.Entry<ImportField, String> e : imports.uploaded(officer, id).mapping().entrySet()) {
            request.param(e.getKey().name(), e.getValue());
        }
        mvc.perform(request).andExpect(redirectedUrl("/recommendations/import/" + id + "/preview"));
    }

    private MvcResult importRows(ImportId id, boolean skipErrors) throws Exception {
        return mvc.perform(post("/recommendations/import/" + id + "/import").param("skipErrors",
                        Boolean.toString(skipErrors)).with(as(accounts, "scrutiny.officer")).with(csrf()))
                .andReturn();
    }

    @Test
    void guessesTheColumnsOfACouncilTrackerOnTheMappingPage() throws Exception {
        ImportId id = upload(TrackerImportFixtures.csv(tracker(TrackerImportFixtures.uniquePrefix())), "tracker.csv");

        TrackerImport upload = imports.uploaded(TrackerImportFixtures.scrutinyOfficer(accounts), id);
        assertThat(upload.status()).isEqualTo(ImportStatus.UPLOADED);
        assertThat(upload.rowCount()).isEqualTo(5);
        assertThat(upload.mapping()).containsEntry(ImportField.REPORT_REFERENCE, "Ref")
                .containsEntry(ImportField.REPORT_TITLE, "Report title")
                .containsEntry(ImportField.COMMITTEE, "Origin Committee")
                .containsEntry(ImportField.DATE_AGREED, "Date")
                .containsEntry(ImportField.NUMBER, "Rec No")
                .containsEntry(ImportField.TEXT, "Recommendation")
                .containsEntry(ImportField.PORTFOLIO, "Portfolio")
                .containsEntry(ImportField.RESPONSE_DUE, "Executive Date")
                .containsEntry(ImportField.RESPONSE_DATE, "Response date")
                .containsEntry(ImportField.DECISION, "Executive Response")
                .containsEntry(ImportField.REASONS, "Reasons")
                .containsEntry(ImportField.PROPOSED_ACTION, "Action taken")
                .containsEntry(ImportField.CABINET_MEMBER, "Lead Member")
                .containsEntry(ImportField.LEAD_OFFICER, "Lead Officer")
                .containsEntry(ImportField.TARGET_DATE, "Target date")
                .containsEntry(ImportField.PROGRESS, "RAG status")
                .containsEntry(ImportField.LAST_UPDATE, "Last updated");
        mvc.perform(get("/recommendations/import/" + id + "/mapping").with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Which column holds what")))
                .andExpect(content().string(containsString("<option value=\"Origin Committee\" selected=\"selected\">")));
    }

    @Test
    void requiresAColumnForEachRequiredField() throws Exception {
        ImportId id = upload(TrackerImportFixtures.csv(tracker(TrackerImportFixtures.uniquePrefix())), "tracker.csv");

        mvc.perform(post("/recommendations/import/" + id + "/mapping").param("REPORT_REFERENCE", "Ref")
                        .param("TEXT", "No such column").with(as(accounts, "scrutiny.officer")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the column that holds the committee")))
                .andExpect(content().string(containsString("Recommendation: choose one of the file&#39;s columns")));
    }

    @Test
    void showsEveryErrorByRowBeforeSavingAnythingAndImportsOnlyWhenAskedToSkipThem() throws Exception {
        String prefix = TrackerImportFixtures.uniquePrefix();
        List<List<Object>> rows = new java.util.ArrayList<>(tracker(prefix));
        rows.set(1, row(prefix + "(24/25)03", "Adult day services", "Health Scrutiny", "14/11/2024", "1",
                "Keep the day centres open", "Adult Social Care and Health"));
        rows.set(2, row(prefix + "(24/25)01", "Temporary accommodation", PLACE, "14/11/2024", "3",
                "Create a landlord incentive scheme", "Housing", "", "09/01/2025", "Noted"));
        ImportId id = upload(TrackerImportFixtures.csv(rows), "tracker with errors.csv");
        confirmColumns(id);

        ImportPreview preview = imports.preview(TrackerImportFixtures.scrutinyOfficer(accounts), id);
        assertThat(preview.errors()).extracting(ImportProblem::text).containsExactly(
                "Row 3: Committee 'Health Scrutiny' is not in the directory",
                "Row 4: Decision: 'Noted' is not a decision Scrutineer knows: use accepted, partially accepted, "
                        + "rejected or deferred");
        assertThat(preview.errors()).extracting(ImportProblem::column)
                .containsExactly("Origin Committee", "Executive Response");
        mvc.perform(get("/recommendations/import/" + id + "/preview").with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Row 3: Committee &#39;Health Scrutiny&#39; is not in the directory")))
                .andExpect(content().string(containsString("no tracked deadline")))
                .andExpect(content().string(containsString("2 rows have errors")));

        mvc.perform(post("/recommendations/import/" + id + "/import").with(as(accounts, "scrutiny.officer"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 rows have errors: correct the file and upload it again, "
                        + "or choose to skip the rows with errors")));
        Actor officer = TrackerImportFixtures.scrutinyOfficer(accounts);
        assertThat(recommendations.reportByReference(officer, prefix + "(24/25)01")).isEmpty();

        MvcResult done = importRows(id, true);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/recommendations/import/" + id);
        ScrutinyReport first = recommendations.reportByReference(officer, prefix + "(24/25)01").orElseThrow();
        assertThat(recommendations.recommendationsOf(officer, first.id())).extracting(Recommendation::number)
                .containsExactly(1);
        assertThat(recommendations.reportByReference(officer, prefix + "(24/25)02")).isPresent();
        assertThat(recommendations.reportByReference(officer, prefix + "(24/25)03")).isEmpty();
        TrackerImport imported = imports.uploaded(officer, id);
        assertThat(imported.result()).isEqualTo(new ImportResult(2, 0, 3, 0, 0, 2));
        assertThat(imported.skippedErrors()).isTrue();
        mvc.perform(get("/recommendations/import/" + id).with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tracker imported")));
    }

    @Test
    void importsReportsAsHistoryAndImportingTheSameFileAgainChangesNothing() throws Exception {
        String prefix = TrackerImportFixtures.uniquePrefix();
        byte[] file = TrackerImportFixtures.csv(tracker(prefix));
        ImportId id = upload(file, "tracker.csv");
        confirmColumns(id);
        assertThat(importRows(id, false).getResponse().getRedirectedUrl()).isEqualTo("/recommendations/import/" + id);

        Actor officer = TrackerImportFixtures.scrutinyOfficer(accounts);
        ScrutinyReport answered = recommendations.reportByReference(officer, prefix.toLowerCase() + "(24/25)01")
                .orElseThrow();
        assertThat(answered.imported()).isTrue();
        assertThat(answered.state()).isEqualTo(ReportState.RESPONDED);
        assertThat(answered.responseDeadline()).isNull();
        assertThat(answered.municipalYear()).isEqualTo(2024);
        assertThat(answered.title()).isEqualTo("Temporary accommodation");
        assertThat(answered.committeeName()).isEqualTo(PLACE);
        assertThat(answered.agreedOn()).isEqualTo(LocalDate.of(2024, 11, 14));
        assertThat(answered.responseDue()).isEqualTo(LocalDate.of(2025, 1, 14));
        assertThat(answered.responseGivenOn()).isEqualTo(LocalDate.of(2025, 1, 9));
        assertThat(answered.responseDaysLate()).isZero();
        List<Recommendation> recs = recommendations.recommendationsOf(officer, answered.id());
        assertThat(recs).extracting(Recommendation::decision).containsExactly(ResponseDecision.ACCEPTED,
                ResponseDecision.PARTIALLY_ACCEPTED, ResponseDecision.REJECTED);
        assertThat(recs).extracting(Recommendation::stage).containsExactly(Stage.IN_PROGRESS, Stage.IN_PROGRESS,
                Stage.REJECTED);
        assertThat(recs).extracting(Recommendation::progress).containsExactly(Progress.ON_TRACK, Progress.ON_TRACK,
                null);
        assertThat(recs.get(1).targetDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(recs.get(1).reasons()).isEqualTo("Not possible within this year's budget");
        assertThat(recs.get(0).cabinetMember().id()).isEqualTo(portfolio("Housing").holder().id());
        assertThat(recs.get(0).portfolio().name()).isEqualTo("Housing");
        ScrutinyReport agreed = recommendations.reportByReference(officer, prefix + "(24/25)02").orElseThrow();
        assertThat(agreed.state()).isEqualTo(ReportState.AGREED);
        assertThat(recommendations.recommendationsOf(officer, agreed.id())).extracting(Recommendation::stage)
                .containsOnly(Stage.AGREED);
        List<AuditEntry> history = audit.historyOf(RecommendationManagement.RECOMMENDATION, recs.get(0).id());
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.CREATED);

        ImportId again = upload(file, "tracker.csv");
        confirmColumns(again);
        ImportPreview preview = imports.preview(officer, again);
        assertThat(preview.rows()).extracting(ImportRow::action).containsOnly(ImportRow.Action.UNCHANGED);
        mvc.perform(get("/recommendations/import/" + again + "/mapping").with(as(accounts, "scrutiny.officer")))
                .andExpect(content().string(containsString("The same file was uploaded before")));
        importRows(again, false);
        assertThat(imports.uploaded(officer, again).result()).isEqualTo(new ImportResult(0, 0, 0, 0, 5, 0));
        assertThat(audit.historyOf(RecommendationManagement.RECOMMENDATION, recs.get(0).id())).hasSize(1);
        assertThat(audit.historyOf(RecommendationManagement.REPORT, answered.id())).hasSize(1);
    }

    @Test
    void importsALaterVersionOfTheFileAsChangesRecordedInTheAuditHistory() throws Exception {
        String prefix = TrackerImportFixtures.uniquePrefix();
        ImportId id = upload(TrackerImportFixtures.csv(tracker(prefix)), "tracker.csv");
        confirmColumns(id);
        importRows(id, false);

        List<List<Object>> later = new java.util.ArrayList<>(tracker(prefix));
        List<Object> first = new java.util.ArrayList<>(later.get(0));
        first.set(TrackerImportFixtures.HEADERS.indexOf("RAG status"), "Completed");
        first.set(TrackerImportFixtures.HEADERS.indexOf("Last updated"), "01/05/2025");
        later.set(0, first);
        List<Object> added = new java.util.ArrayList<>(later.get(4));
        added.set(TrackerImportFixtures.HEADERS.indexOf("Rec No"), "3");
        added.set(TrackerImportFixtures.HEADERS.indexOf("Recommendation"), "Consult parents on school streets");
        later = new java.util.ArrayList<>(later);
        later.add(added);
        ImportId next = upload(TrackerImportFixtures.csv(later), "tracker v2.csv");
        confirmColumns(next);
        Actor officer = TrackerImportFixtures.scrutinyOfficer(accounts);

        ImportPreview preview = imports.preview(officer, next);
        assertThat(preview.rows()).extracting(ImportRow::action).containsExactly(ImportRow.Action.UPDATE,
                ImportRow.Action.UNCHANGED, ImportRow.Action.UNCHANGED, ImportRow.Action.UNCHANGED,
                ImportRow.Action.UNCHANGED, ImportRow.Action.CREATE);
        assertThat(preview.rows().get(0).changes()).containsExactly("Progress", "Last update");
        importRows(next, false);

        assertThat(imports.uploaded(officer, next).result()).isEqualTo(new ImportResult(0, 0, 1, 1, 4, 0));
        ScrutinyReport report = recommendations.reportByReference(officer, prefix + "(24/25)01").orElseThrow();
        Recommendation changed = recommendations.recommendationsOf(officer, report.id()).get(0);
        assertThat(changed.progress()).isEqualTo(Progress.ACHIEVED);
        assertThat(changed.lastUpdateOn()).isEqualTo(LocalDate.of(2025, 5, 1));
        List<AuditEntry> history = audit.historyOf(RecommendationManagement.RECOMMENDATION, changed.id());
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.CHANGED, AuditAction.CREATED);
        assertThat(history.get(0).changes()).extracting(c -> c.field()).containsExactlyInAnyOrder("Progress",
                "Last update");
        assertThat(history.get(0).changes()).filteredOn(c -> c.field().equals("Progress")).singleElement()
                .satisfies(c -> {
                    assertThat(c.from()).isEqualTo("On track");
                    assertThat(c.to()).isEqualTo("Achieved");
                });
        ScrutinyReport streets = recommendations.reportByReference(officer, prefix + "(24/25)02").orElseThrow();
        assertThat(recommendations.recommendationsOf(officer, streets.id())).hasSize(3);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void keepsAnUpdatePostedInScrutineerThatIsNewerThanTheFile() throws Exception {
        String prefix = TrackerImportFixtures.uniquePrefix();
        byte[] file = TrackerImportFixtures.csv(tracker(prefix));
        ImportId id = upload(file, "tracker.csv");
        confirmColumns(id);
        importRows(id, false);
        Actor officer = TrackerImportFixtures.scrutinyOfficer(accounts);
        ScrutinyReport report = recommendations.reportByReference(officer, prefix + "(24/25)01").orElseThrow();
        Recommendation rec = recommendations.recommendationsOf(officer, report.id()).get(0);
        LocalDate newTarget = recommendations.today().plusMonths(6);
        recommendations.postUpdate(Actor.SYSTEM, rec.id(), new UpdateDetails(recommendations.today(),
                Progress.SLIPPED, newTarget, "Cabinet meeting moved", null, null));

        ImportId again = upload(file, "tracker.csv");
        confirmColumns(again);
        assertThat(imports.preview(officer, again).rows()).extracting(ImportRow::action)
                .containsOnly(ImportRow.Action.UNCHANGED);
        importRows(again, false);

        Recommendation after = recommendations.recommendation(officer, rec.id());
        assertThat(after.progress()).isEqualTo(Progress.SLIPPED);
        assertThat(after.currentTarget()).isEqualTo(newTarget);
    }

    @Test
    void refusesToChangeAReportWrittenInScrutineer() throws Exception {
        ReportId written = RecommendationsFixtures.noticeServed(recommendations, 1, recommendations.today());
        Actor officer = TrackerImportFixtures.scrutinyOfficer(accounts);
        String reference = recommendations.report(officer, written).reference();
        ImportId id = upload(TrackerImportFixtures.csv(List.of(row(reference, "Overwritten", PLACE, "01/04/2025",
                "1", "Overwritten text", "Housing"))), "tracker.csv");
        confirmColumns(id);

        assertThat(imports.preview(officer, id).errors()).extracting(ImportProblem::text).containsExactly(
                "Row 2: Report " + reference + " was written in Scrutineer, not imported: an import does not change it");
    }

    @Test
    void readsRealDatesFromAnExcelWorkbook() throws Exception {
        String prefix = TrackerImportFixtures.uniquePrefix();
        byte[] file = TrackerImportFixtures.xlsx(List.of(row(prefix + "-7", "Youth services", CHILDREN,
                LocalDate.of(2022, 6, 9), 1, "Open the youth centre on Saturdays", "Children and Young People",
                LocalDate.of(2022, 8, 9), LocalDate.of(2022, 8, 30), "Accepted", null, "Opening from September",
                null, null, LocalDate.of(2022, 9, 30), "Completed", LocalDate.of(2022, 10, 3))));
        ImportId id = upload(file, "tracker.xlsx");
        confirmColumns(id);
        importRows(id, false);

        Actor officer = TrackerImportFixtures.scrutinyOfficer(accounts);
        ScrutinyReport report = recommendations.reportByReference(officer, prefix + "-7").orElseThrow();
        assertThat(report.agreedOn()).isEqualTo(LocalDate.of(2022, 6, 9));
        assertThat(report.municipalYear()).isEqualTo(2022);
        assertThat(report.responseDaysLate()).isEqualTo(21);
        Recommendation rec = recommendations.recommendationsOf(officer, report.id()).get(0);
        assertThat(rec.targetDate()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(rec.lastUpdateOn()).isEqualTo(LocalDate.of(2022, 10, 3));
        assertThat(rec.progress()).isEqualTo(Progress.ACHIEVED);
        assertThat(rec.portfolio().name()).isEqualTo("Children and Young People");
    }

    @Test
    void refusesAFileThatIsNotASpreadsheetOnTheUploadPage() throws Exception {
        mvc.perform(multipart("/recommendations/import")
                        .file(new MockMultipartFile("file", "minutes.pdf", "application/pdf",
                                new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3, 0, 0, 0}))
                        .with(as(accounts, "scrutiny.officer")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("minutes.pdf must be a spreadsheet")));
        mvc.perform(multipart("/recommendations/import").with(as(accounts, "scrutiny.officer")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select a CSV or Excel (.xlsx) file")));
    }

    @Test
    void refusesTheImportPagesToACouncillor() throws Exception {
        ImportId id = upload(TrackerImportFixtures.csv(tracker(TrackerImportFixtures.uniquePrefix())), "tracker.csv");

        for (String path : List.of("/recommendations/import", "/recommendations/import/" + id,
                "/recommendations/import/" + id + "/mapping", "/recommendations/import/" + id + "/preview")) {
            mvc.perform(get(path).with(as(accounts, "councillor")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString("tracker.csv"))));
        }
        mvc.perform(multipart("/recommendations/import")
                        .file(new MockMultipartFile("file", "t.csv", "text/csv", TrackerImportFixtures.csv(List.of())))
                        .with(as(accounts, "councillor")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/recommendations/import/" + id + "/mapping").param("COMMITTEE", "Ref")
                        .with(as(accounts, "councillor")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/recommendations/import/" + id + "/import").with(as(accounts, "councillor")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(imports.uploaded(TrackerImportFixtures.scrutinyOfficer(accounts), id).status())
                .isEqualTo(ImportStatus.UPLOADED);
        assertThat(Set.of("scrutiny.chair", "cabinet.member", "admin")).allSatisfy(user -> {
            try {
                mvc.perform(get("/recommendations/import").with(as(accounts, user)))
                        .andExpect(status().isForbidden());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
