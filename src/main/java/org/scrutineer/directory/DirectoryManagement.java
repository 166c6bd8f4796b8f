package org.scrutineer.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.scrutineer.audit.AuditHistory;
import org.scrutineer.directory.internal.Committees;
import org.scrutineer.directory.internal.Councils;
import org.scrutineer.directory.internal.Councils.ReferenceList;
import org.scrutineer.directory.internal.Memberships;
import org.scrutineer.directory.internal.People;
import org.scrutineer.directory.internal.Portfolios;
import org.scrutineer.platform.ConflictException;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.ResultPage;
import org.scrutineer.platform.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's face: read and change the council, its people, committees, memberships and portfolios.
 * Every change is checked here (so the pages and the API apply the same rules) and written to the audit
 * history in the same transaction. Permission to change is checked by the callers' security rules.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryManagement {

    /** Audit record types. */
    public static final String PERSON = "person";
    public static final String COMMITTEE = "committee";
    public static final String MEMBERSHIP = "membership";
    public static final String PORTFOLIO = "portfolio";
    public static final String COUNCIL = "council";

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Councils councils;
    private final People people;
    private final Committees committees;
    private final Memberships memberships;
    private final Portfolios portfolios;
    private final AuditHistory audit;
    private final Clock clock;

    DirectoryManagement(Councils councils, People people, Committees committees, Memberships memberships,
            Portfolios portfolios, AuditHistory audit, Optional<Clock> clock) {
        this.councils = councils;
        this.people = people;
        this.committees = committees;
        this.memberships = memberships;
        this.portfolios = portfolios;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    // --- council ---------------------------------------------------------------------------------------------

    /** The council, once it has been set up. */
    public Optional<Council> council() {
        return councils.find();
    }

    /** Sets up the council, or changes its settings. */
    @Transactional
    public void saveCouncil(Council council) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(council.name())) {
            problems.add(new FieldProblem("name", "Enter the council's name"));
        }
        if (council.nation() == null || !Council.NATIONS.contains(council.nation())) {
            problems.add(new FieldProblem("nation", "Select the nation whose bank holidays the council observes"));
        }
        if (council.municipalYearStartMonth() < 1 || council.municipalYearStartMonth() > 12) {
            problems.add(new FieldProblem("municipalYearStartMonth", "Select the month the municipal year starts"));
        }
        checkEmail(council.contactEmail(), "contactEmail", problems);
        failIfAny(problems);
        Optional<Council> before = councils.find();
        if (before.isEmpty()) {
            councils.insert(council);
            audit.created(COUNCIL, 1, councils.find().orElseThrow());
        } else {
            if (!councils.update(council)) {
                throw new ConflictException("The council's settings");
            }
            audit.changed(COUNCIL, 1, before.get(), councils.find().orElseThrow());
        }
    }

    /** The council's wards. */
    public List<Reference> wards() {
        return councils.list(ReferenceList.WARD);
    }

    /** The political parties and groups. */
    public List<Reference> parties() {
        return councils.list(ReferenceList.PARTY);
    }

    /** The council's directorates. */
    public List<Reference> directorates() {
        return councils.list(ReferenceList.DIRECTORATE);
    }

    /** Adds a ward. */
    @Transactional
    public long addWard(String name) {
        return addReference(ReferenceList.WARD, "ward", name, null);
    }

    /** Adds a party or group, with the abbreviation shown beside names. */
    @Transactional
    public long addParty(String name, String abbreviation) {
        return addReference(ReferenceList.PARTY, "party", name, abbreviation);
    }

    /** Adds a directorate. */
    @Transactional
    public long addDirectorate(String name) {
        return addReference(ReferenceList.DIRECTORATE, "directorate", name, null);
    }

    private long addReference(ReferenceList list, String label, String name, String abbreviation) {
        if (blank(name)) {
            throw new RuleViolationException("name", "Enter the " + label + "'s name");
        }
        if (councils.findByName(list, name).isPresent()) {
            throw new RuleViolationException("name", "There is already a " + label + " called " + name.strip());
        }
        long id = councils.insert(list, name, abbreviation);
        audit.created(list.table(), id, Map.of("name", name.strip()));
        return id;
    }

    // --- people ----------------------------------------------------------------------------------------------

    /** A person by id. */
    public Optional<Person> person(PersonId id) {
        return people.find(id);
    }

    /** A person by id, or a not-found error. */
    public Person requirePerson(PersonId id) {
        return people.find(id).orElseThrow(() -> new NotFoundException("Person " + id));
    }

    /** Several people by id, keyed by id. */
    public Map<PersonId, Person> people(Collection<PersonId> ids) {
        return people.findAll(ids.stream().map(PersonId::value).distinct().toList()).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
    }

    /** People whose name contains the words given, optionally of one kind and only current ones. */
    public ResultPage<Person> findPeople(String name, PersonKind kind, Boolean active, int page, int size) {
        return people.search(blank(name) ? null : name, kind, active, page, size);
    }

    /** Current people of a kind for choosing on a form; officers at least as senior as given. */
    public List<Reference> choices(PersonKind kind, Seniority atLeast) {
        return people.choices(kind, atLeast);
    }

    /** How many people the directory holds. */
    public long countPeople() {
        return people.count();
    }

    /** Adds a person. */
    @Transactional
    public PersonId addPerson(PersonDetails details) {
        check(details);
        PersonId id = people.insert(details);
        audit.created(PERSON, id, auditView(requirePerson(id)));
        return id;
    }

    /** Changes a person's details; {@code version} is the one the editor saw. */
    @Transactional
    public void updatePerson(PersonId id, int version, PersonDetails details) {
        Person before = requirePerson(id);
        check(details);
        if (!people.update(id, version, details)) {
            throw new ConflictException(before.fullName() + "'s record");
        }
        audit.changed(PERSON, id, auditView(before), auditView(requirePerson(id)));
    }

    private void check(PersonDetails d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.kind() == null) {
            problems.add(new FieldProblem("kind", "Select whether the person is a councillor, officer or external witness"));
        }
        if (blank(d.givenName())) {
            problems.add(new FieldProblem("givenName", "Enter a given name"));
        } else if (d.givenName().length() > 100) {
            problems.add(new FieldProblem("givenName", "Given name must be 100 characters or fewer"));
        }
        if (blank(d.familyName())) {
            problems.add(new FieldProblem("familyName", "Enter a family name"));
        } else if (d.familyName().length() > 100) {
            problems.add(new FieldProblem("familyName", "Family name must be 100 characters or fewer"));
        }
        checkEmail(d.email(), "email", problems);
        if (d.kind() == PersonKind.COUNCILLOR) {
            if (d.partyId() != null && councils.find(ReferenceList.PARTY, d.partyId()).isEmpty()) {
                problems.add(new FieldProblem("partyId", "Select a party from the list"));
            }
            if (d.wardId() == null || councils.find(ReferenceList.WARD, d.wardId()).isEmpty()) {
                problems.add(new FieldProblem("wardId", "Select the councillor's ward"));
            }
        }
        if (d.kind() == PersonKind.OFFICER) {
            if (blank(d.postTitle())) {
                problems.add(new FieldProblem("postTitle", "Enter the officer's post title"));
            }
            if (d.seniority() == null) {
                problems.add(new FieldProblem("seniority", "Select the officer's seniority"));
            }
            if (d.directorateId() != null && councils.find(ReferenceList.DIRECTORATE, d.directorateId()).isEmpty()) {
                problems.add(new FieldProblem("directorateId", "Select a directorate from the list"));
            }
        }
        if (d.kind() == PersonKind.WITNESS && blank(d.organisation())) {
            problems.add(new FieldProblem("organisation", "Enter the organisation the witness represents"));
        }
        failIfAny(problems);
    }

    // --- committees ------------------------------------------------------------------------------------------

    /** A committee by id. */
    public Optional<Committee> committee(CommitteeId id) {
        return committees.find(id);
    }

    /** A committee by id, or a not-found error. */
    public Committee requireCommittee(CommitteeId id) {
        return committees.find(id).orElseThrow(() -> new NotFoundException("Committee " + id));
    }

    /** Committees, optionally of one kind; dissolved ones only when asked. */
    public List<Committee> committees(CommitteeKind kind, boolean includeDissolved) {
        return committees.findAll(kind, includeDissolved);
    }

    /** Adds a committee. */
    @Transactional
    public CommitteeId addCommittee(CommitteeDetails details) {
        check(details, null);
        CommitteeId id = committees.insert(details);
        audit.created(COMMITTEE, id, auditView(requireCommittee(id)));
        return id;
    }

    /** Changes a committee; {@code version} is the one the editor saw. */
    @Transactional
    public void updateCommittee(CommitteeId id, int version, CommitteeDetails details) {
        Committee before = requireCommittee(id);
        check(details, id);
        if (!committees.update(id, version, details)) {
            throw new ConflictException(before.name());
        }
        audit.changed(COMMITTEE, id, auditView(before), auditView(requireCommittee(id)));
    }

    private void check(CommitteeDetails d, CommitteeId self) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(d.name())) {
            problems.add(new FieldProblem("name", "Enter the committee's name"));
        } else if (committees.nameTaken(d.name(), self)) {
            problems.add(new FieldProblem("name", "There is already a committee called " + d.name().strip()));
        }
        if (d.kind() == null) {
            problems.add(new FieldProblem("kind", "Select the kind of committee"));
        }
        if (d.kind() == CommitteeKind.TASK_AND_FINISH) {
            Optional<Committee> parent = d.parentId() == null ? Optional.empty()
                    : committees.find(new CommitteeId(d.parentId()));
            if (parent.isEmpty() || parent.get().kind() != CommitteeKind.OVERVIEW_AND_SCRUTINY) {
                problems.add(new FieldProblem("parentId",
                        "Select the overview and scrutiny committee the group reports to"));
            }
        }
        if (d.establishedOn() != null && d.dissolvedOn() != null && d.dissolvedOn().isBefore(d.establishedOn())) {
            problems.add(new FieldProblem("dissolvedOn", "The date it ended must be on or after the date it was set up"));
        }
        failIfAny(problems);
    }

    // --- memberships -----------------------------------------------------------------------------------------

    /** A committee's members today. */
    public List<Membership> currentMembers(CommitteeId committee) {
        return memberships.ofCommittee(committee, today());
    }

    /** A committee's members, past and present. */
    public List<Membership> allMemberships(CommitteeId committee) {
        return memberships.ofCommittee(committee, null);
    }

    /** A person's seats, past and present. */
    public List<Membership> membershipsOf(PersonId person) {
        return memberships.ofPerson(person, null);
    }

    /** Gives a person a seat on a committee from a date, optionally until a date. */
    @Transactional
    public long addMembership(CommitteeId committeeId, PersonId personId, MembershipRole role, LocalDate startsOn,
            LocalDate endsOn) {
        List<FieldProblem> problems = new ArrayList<>();
        Committee committee = requireCommittee(committeeId);
        Optional<Person> person = personId == null ? Optional.empty() : people.find(personId);
        if (person.isEmpty()) {
            problems.add(new FieldProblem("personId", "Select the person to add"));
        }
        if (role == null) {
            problems.add(new FieldProblem("role", "Select the member's role"));
        }
        if (startsOn == null) {
            problems.add(new FieldProblem("startsOn", "Enter the date the membership starts"));
        } else if (endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(new FieldProblem("endsOn", "The end date must be on or after the start date"));
        }
        if (person.isPresent() && role != null && role != MembershipRole.CO_OPTED_MEMBER
                && person.get().kind() != PersonKind.COUNCILLOR) {
            problems.add(new FieldProblem("role", person.get().fullName()
                    + " is not a councillor: people who are not councillors can only be co-opted members"));
        }
        if (person.isPresent() && committee.kind() == CommitteeKind.CABINET
                && person.get().kind() != PersonKind.COUNCILLOR) {
            problems.add(new FieldProblem("personId", "Only councillors can sit on the cabinet"));
        }
        failIfAny(problems);
        if (memberships.overlaps(committeeId, personId, startsOn, endsOn)) {
            throw new RuleViolationException("personId",
                    person.get().fullName() + " already has a seat on " + committee.name() + " in that period");
        }
        if (role == MembershipRole.CHAIR || role == MembershipRole.VICE_CHAIR) {
            memberships.holderOf(committeeId, role, startsOn, -1).ifPresent(other -> {
                throw new RuleViolationException("role", other.personName() + " is already " + role.label().toLowerCase()
                        + " of " + committee.name() + ": end their membership first");
            });
        }
        long id = memberships.insert(committeeId, personId, role, startsOn, endsOn);
        audit.created(MEMBERSHIP, id, auditView(memberships.find(id).orElseThrow()));
        return id;
    }

    /** Ends a membership on a date. */
    @Transactional
    public void endMembership(long membershipId, LocalDate endsOn) {
        Membership before = memberships.find(membershipId)
                .orElseThrow(() -> new NotFoundException("Membership " + membershipId));
        if (endsOn == null) {
            throw new RuleViolationException("endsOn", "Enter the date the membership ends");
        }
        if (endsOn.isBefore(before.startsOn())) {
            throw new RuleViolationException("endsOn", "The end date must be on or after the start date");
        }
        memberships.end(membershipId, endsOn);
        audit.changed(MEMBERSHIP, membershipId, auditView(before),
                auditView(memberships.find(membershipId).orElseThrow()));
    }

    // --- portfolios ------------------------------------------------------------------------------------------

    /** Cabinet portfolios, current first. */
    public List<Portfolio> portfolios(boolean includeInactive) {
        return portfolios.findAll(includeInactive);
    }

    /** A portfolio by id. */
    public Optional<Portfolio> portfolio(long id) {
        return portfolios.find(id);
    }

    /** A portfolio by id, or a not-found error. */
    public Portfolio requirePortfolio(long id) {
        return portfolios.find(id).orElseThrow(() -> new NotFoundException("Portfolio " + id));
    }

    /** Adds a portfolio. */
    @Transactional
    public long addPortfolio(PortfolioDetails details) {
        check(details, -1);
        long id = portfolios.insert(details);
        audit.created(PORTFOLIO, id, auditView(requirePortfolio(id)));
        return id;
    }

    /** Changes a portfolio; {@code version} is the one the editor saw. */
    @Transactional
    public void updatePortfolio(long id, int version, PortfolioDetails details) {
        Portfolio before = requirePortfolio(id);
        check(details, id);
        if (!portfolios.update(id, version, details)) {
            throw new ConflictException(before.title());
        }
        audit.changed(PORTFOLIO, id, auditView(before), auditView(requirePortfolio(id)));
    }

    private void check(PortfolioDetails d, long self) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(d.title())) {
            problems.add(new FieldProblem("title", "Enter the portfolio's title"));
        } else if (portfolios.titleTaken(d.title(), self)) {
            problems.add(new FieldProblem("title", "There is already a portfolio called " + d.title().strip()));
        }
        if (d.holderId() != null) {
            Optional<Person> holder = people.find(new PersonId(d.holderId()));
            if (holder.isEmpty() || holder.get().kind() != PersonKind.COUNCILLOR) {
                problems.add(new FieldProblem("holderId", "Select a councillor to hold the portfolio"));
            }
        }
        if (d.leadOfficerId() != null) {
            Optional<Person> officer = people.find(new PersonId(d.leadOfficerId()));
            if (officer.isEmpty() || officer.get().kind() != PersonKind.OFFICER
                    || !EnumSet.of(Seniority.CHIEF_EXECUTIVE, Seniority.CHIEF_OFFICER).contains(officer.get().seniority())) {
                problems.add(new FieldProblem("leadOfficerId", "Select a chief officer as the lead officer"));
            }
        }
        if (d.directorateId() != null && councils.find(ReferenceList.DIRECTORATE, d.directorateId()).isEmpty()) {
            problems.add(new FieldProblem("directorateId", "Select a directorate from the list"));
        }
        failIfAny(problems);
    }

    // --- standing --------------------------------------------------------------------------------------------

    /** A person's standing today: seats, portfolios held and led. Roles in Scrutineer derive from it. */
    public Standing standingOf(PersonId id) {
        Person person = requirePerson(id);
        return new Standing(person, memberships.ofPerson(id, today()), portfolios.heldBy(id), portfolios.ledBy(id));
    }

    /** The current chief officers (directors) of a directorate, directors before the chief executive. */
    public List<Person> chiefOfficersOf(long directorateId) {
        return people.chiefOfficersOf(directorateId);
    }

    /** Current officers who support the scrutiny function (Democratic Services, the statutory scrutiny officer). */
    public List<Person> scrutinySupport() {
        return people.supportingScrutiny();
    }

    /** Current people holding a statutory role. */
    public List<Person> holdersOf(StatutoryRole role) {
        return people.holdingStatutoryRole(role);
    }

    // --- history, in the words a reader of the record uses ----------------------------------------------------

    private static Map<String, Object> auditView(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Kind", p.kind().label());
        m.put("Title", p.honorific());
        m.put("Given name", p.givenName());
        m.put("Family name", p.familyName());
        m.put("Email", p.email());
        m.put("Telephone", p.phone());
        m.put("Party", name(p.party()));
        m.put("Ward", name(p.ward()));
        m.put("Post", p.postTitle());
        m.put("Directorate", name(p.directorate()));
        m.put("Seniority", p.seniority() == null ? null : p.seniority().label());
        m.put("Statutory roles", p.statutoryRoles().stream().map(StatutoryRole::label).sorted().toList());
        m.put("Supports scrutiny", p.supportsScrutiny() ? "Yes" : null);
        m.put("Organisation", p.organisation());
        m.put("Current", p.active() ? "Yes" : "No");
        return m;
    }

    private static Map<String, Object> auditView(Committee c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Name", c.name());
        m.put("Kind", c.kind().label());
        m.put("Reports to", name(c.parent()));
        m.put("Terms of reference", c.termsOfReference());
        m.put("Set up", c.establishedOn());
        m.put("Ended", c.dissolvedOn());
        return m;
    }

    private static Map<String, Object> auditView(Membership ms) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Committee", ms.committeeName());
        m.put("Member", ms.personName());
        m.put("Role", ms.role().label());
        m.put("From", ms.startsOn());
        m.put("Until", ms.endsOn());
        return m;
    }

    private static Map<String, Object> auditView(Portfolio p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Title", p.title());
        m.put("Responsibilities", p.responsibilities());
        m.put("Cabinet member", name(p.holder()));
        m.put("Lead chief officer", name(p.leadOfficer()));
        m.put("Directorate", name(p.directorate()));
        m.put("Current", p.active() ? "Yes" : "No");
        return m;
    }

    private static String name(Reference r) {
        return r == null ? null : r.name();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void checkEmail(String email, String field, List<FieldProblem> problems) {
        if (!blank(email) && !EMAIL.matcher(email.strip()).matches()) {
            problems.add(new FieldProblem(field, "Enter an email address in the correct format, like name@example.gov.uk"));
        }
    }

    private static void failIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
