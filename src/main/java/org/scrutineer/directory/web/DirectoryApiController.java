package org.scrutineer.directory.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scrutineer.directory.Committee;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Membership;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonDetails;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.directory.Reference;
import org.scrutineer.directory.Seniority;
import org.scrutineer.directory.StatutoryRole;
import org.scrutineer.platform.ResultPage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The directory as JSON: readable by any signed-in user, changed by administrators. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory", description = "People, committees, memberships and cabinet portfolios")
class DirectoryApiController {

    private final DirectoryManagement directory;

    DirectoryApiController(DirectoryManagement directory) {
        this.directory = directory;
    }

    /** A person. */
    record PersonResource(long id, PersonKind kind, String name, String honorific, String givenName,
            String familyName, String email, String phone, Reference party, Reference ward, String postTitle,
            Reference directorate, Seniority seniority, Set<StatutoryRole> statutoryRoles, boolean supportsScrutiny,
            String organisation, boolean active, int version) {

        static PersonResource of(Person p) {
            return new PersonResource(p.id().value(), p.kind(), p.fullName(), p.honorific(), p.givenName(),
                    p.familyName(), p.email(), p.phone(), p.party(), p.ward(), p.postTitle(), p.directorate(),
                    p.seniority(), p.statutoryRoles(), p.supportsScrutiny(), p.organisation(), p.active(),
                    p.version());
        }
    }

    /** A page of people. */
    record PeoplePage(List<PersonResource> items, int page, int size, long total, int pages) {
    }

    /** What a client sends to add or change a person; {@code version} is required to change one. */
    record PersonRequest(PersonKind kind, String honorific, String givenName, String familyName, String email,
            String phone, Long partyId, Long wardId, String postTitle, Long directorateId, Seniority seniority,
            Set<StatutoryRole> statutoryRoles, Boolean supportsScrutiny, String organisation, Boolean active,
            Integer version) {

        PersonDetails details() {
            return new PersonDetails(kind, honorific, givenName, familyName, email, phone, partyId, wardId, postTitle,
                    directorateId, seniority, statutoryRoles, Boolean.TRUE.equals(supportsScrutiny), organisation,
                    active == null || active);
        }
    }

    /** A committee with its current members. */
    record CommitteeResource(long id, String name, String kind, Reference parent, String termsOfReference,
            LocalDate establishedOn, LocalDate dissolvedOn, List<MemberResource> members) {

        static CommitteeResource of(Committee c, List<Membership> members) {
            return new CommitteeResource(c.id().value(), c.name(), c.kind().name(), c.parent(), c.termsOfReference(),
                    c.establishedOn(), c.dissolvedOn(), members == null ? null
                            : members.stream().map(MemberResource::of).toList());
        }
    }

    /** A seat on a committee. */
    record MemberResource(long personId, String name, String role, LocalDate startsOn, LocalDate endsOn) {

        static MemberResource of(Membership m) {
            return new MemberResource(m.personId().value(), m.personName(), m.role().name(), m.startsOn(),
                    m.endsOn());
        }
    }

    /** A cabinet portfolio. */
    record PortfolioResource(long id, String title, String responsibilities, Reference holder, Reference leadOfficer,
            Reference directorate, boolean active) {

        static PortfolioResource of(Portfolio p) {
            return new PortfolioResource(p.id(), p.title(), p.responsibilities(), p.holder(), p.leadOfficer(),
                    p.directorate(), p.active());
        }
    }

    @GetMapping("/people")
    @Operation(summary = "Search people by name", description = "Alphabetical by family name, 50 to a page.")
    PeoplePage people(@Parameter(description = "words in the person's name") @RequestParam(required = false) String name,
            @RequestParam(required = false) PersonKind kind,
            @Parameter(description = "true: current only (default); false: former only")
            @RequestParam(required = false, defaultValue = "true") Boolean active,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        int[] paging = ResultPage.clamp(page, size, 50, 200);
        ResultPage<Person> result = directory.findPeople(name, kind, active, paging[0], paging[1]);
        return new PeoplePage(result.items().stream().map(PersonResource::of).toList(), result.page(), result.size(),
                result.total(), result.pages());
    }

    @GetMapping("/people/{id}")
    @Operation(summary = "One person")
    PersonResource person(@PathVariable long id) {
        return PersonResource.of(directory.requirePerson(new PersonId(id)));
    }

    @PostMapping("/people")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Operation(summary = "Add a person (administrators)")
    ResponseEntity<PersonResource> addPerson(@RequestBody PersonRequest request) {
        PersonId id = directory.addPerson(request.details());
        return ResponseEntity.created(URI.create("/api/v1/people/" + id.value()))
                .body(PersonResource.of(directory.requirePerson(id)));
    }

    @PutMapping("/people/{id}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Operation(summary = "Change a person (administrators)", description = "Send the version you read; a 409 "
            + "means someone else changed the person since.")
    PersonResource updatePerson(@PathVariable long id, @RequestBody PersonRequest request) {
        PersonId personId = new PersonId(id);
        Person current = directory.requirePerson(personId);
        directory.updatePerson(personId, request.version() == null ? current.version() : request.version(),
                request.details());
        return PersonResource.of(directory.requirePerson(personId));
    }

    @GetMapping("/committees")
    @Operation(summary = "Committees, task-and-finish groups, the cabinet and full council")
    List<CommitteeResource> committees(@RequestParam(defaultValue = "false") boolean includeDissolved) {
        return directory.committees(null, includeDissolved).stream().map(c -> CommitteeResource.of(c, null)).toList();
    }

    @GetMapping("/committees/{id}")
    @Operation(summary = "One committee with its current members")
    CommitteeResource committee(@PathVariable long id) {
        CommitteeId committeeId = new CommitteeId(id);
        return CommitteeResource.of(directory.requireCommittee(committeeId), directory.currentMembers(committeeId));
    }

    @GetMapping("/portfolios")
    @Operation(summary = "Cabinet portfolios with holders and lead officers")
    List<PortfolioResource> portfolios() {
        return directory.portfolios(false).stream().map(PortfolioResource::of).toList();
    }
}
