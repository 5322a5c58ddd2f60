using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Cases;

/// <summary>
/// Opens a reintegration case for a person the institution holds a record about, from their page or straight from
/// the return registered at reception. An unaccompanied or separated child's case is marked from the start as
/// needing a child-protection referral.
/// </summary>
public sealed class OpenCase(AppDbContext db, CurrentUser me, Checks checks, LocalTime time, TimeProvider clock, CaseSettings settings, ILogger<OpenCase> log)
{
    public sealed class Input
    {
        public Guid? PersonId { get; set; }

        /// <summary>The return the case comes from (opening straight from reception).</summary>
        public Guid? ReturnEventId { get; set; }

        /// <summary>Who owns the case; the user opening it when left out.</summary>
        public Guid? CaseWorkerId { get; set; }

        /// <summary>For a child: who they are with, when the return does not say (or says differently now).</summary>
        public ChildStatus? ChildStatus { get; set; }

        public List<MemberInput> Members { get; set; } = [];

        public string? Notes { get; set; }
    }

    public sealed class MemberInput
    {
        /// <summary>A registered person; or leave it out and give a name.</summary>
        public Guid? PersonId { get; set; }

        public string? Name { get; set; }

        public HouseholdRelationship? Relationship { get; set; }

        public int? BirthYear { get; set; }
    }

    public sealed record Result(Guid CaseId, Guid PersonId, CaseStatus Status, bool ChildProtectionRequired);

    public async Task<Result> OpenAsync(Input input, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = time.Today;
        var institution = me.InstitutionId;

        ReturnEvent? ret = null;
        if (input.ReturnEventId is { } returnId)
        {
            ret = await db.Returns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == returnId && r.InstitutionId == institution, ct);
            if (ret is null || (input.PersonId is { } pid && ret.PersonId != pid))
            {
                checks.Add("returnEventId", "Validation.UnknownOption");
                ret = null;
            }
        }
        var personId = input.PersonId ?? ret?.PersonId;
        var person = personId is { } id
            ? await db.People.AsNoTracking().VisibleTo(db, institution).FirstOrDefaultAsync(p => p.Id == id, ct)
            : null;
        if (personId is null)
        {
            checks.Add("personId", "Validation.Required");
        }
        else if (person is null)
        {
            checks.Add("personId", "Validation.UnknownOption");
        }

        var caseWorker = input.CaseWorkerId ?? me.Id;
        if (!await IsCaseWorkerAsync(db, caseWorker, institution, ct))
        {
            checks.Add("caseWorkerId", "Cases.NotACaseWorker");
        }
        checks.Enum("childStatus", input.ChildStatus, required: false);
        checks.Text("notes", input.Notes, 2000);
        ret ??= person is null ? null : await db.Returns.AsNoTracking()
            .Where(r => r.PersonId == person.Id && r.InstitutionId == institution)
            .OrderByDescending(r => r.ArrivedAt).FirstOrDefaultAsync(ct);
        var age = person?.AgeOn(today);
        var isChild = age is < ReturnEvent.AdultAge;
        if (input.ChildStatus is not null && !isChild && person is not null)
        {
            checks.Add("childStatus", "Domain.Return.ChildStatusOnlyForChildren");
        }
        await CheckMembersAsync(input.Members, person?.Id, ct);
        checks.ThrowIfInvalid();

        if (await db.Cases.AnyAsync(c => c.PersonId == person!.Id && c.InstitutionId == institution && c.Status != CaseStatus.Closed, ct))
        {
            throw new DomainException("Case.AlreadyOpen");
        }
        var childStatus = isChild ? input.ChildStatus ?? ret?.ChildStatus : null;
        var @case = new ReintegrationCase(person!.Id, institution, caseWorker, me.Id, ret?.Id, childStatus,
            ret?.Vulnerabilities ?? Vulnerability.None, input.Notes, today, settings.Schedule, now);
        foreach (var m in input.Members)
        {
            @case.AddMember(m.PersonId, m.Name, m.Relationship!.Value, m.BirthYear, now);
        }
        db.Cases.Add(@case);
        // Urgent referrals made at this institution's reception before the case existed become part of it.
        foreach (var urgent in await db.Referrals.Where(r => r.CaseId == null && r.PersonId == person!.Id && r.OwnerInstitutionId == institution).ToListAsync(ct))
        {
            urgent.AttachToCase(@case.Id);
        }
        // Holding the case is a legitimate hold on the person: the institution sees them from now on.
        if (!await db.PersonInstitutions.AnyAsync(l => l.PersonId == person.Id && l.InstitutionId == institution, ct))
        {
            db.PersonInstitutions.Add(new PersonInstitution(person.Id, institution, now));
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Someone opened one a moment earlier; the unique index caught it.
            if (await OpenCaseExistsAsync(person.Id, institution, @case.Id, ct))
            {
                throw new DomainException("Case.AlreadyOpen");
            }
            throw;
        }
        log.LogInformation("Opened case {CaseId} for person {PersonId} at institution {InstitutionId}", @case.Id, person.Id, institution);
        return new Result(@case.Id, person.Id, @case.Status, @case.ChildProtectionRequired);
    }

    /// <summary>A user of the institution who may own cases.</summary>
    internal static async Task<bool> IsCaseWorkerAsync(AppDbContext db, Guid userId, Guid institutionId, CancellationToken ct)
    {
        var roles = Policies.RolesByPolicy[Policies.Cases];
        return await db.Users.AnyAsync(u => u.Id == userId && u.InstitutionId == institutionId
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))), ct);
    }

    private async Task CheckMembersAsync(List<MemberInput> members, Guid? personId, CancellationToken ct)
    {
        if (members.Count > ReintegrationCase.MaxMembers)
        {
            checks.Add("members", "Validation.Range", 0, ReintegrationCase.MaxMembers);
            return;
        }
        for (var i = 0; i < members.Count; i++)
        {
            await CheckMemberAsync(db, checks, me.InstitutionId, $"members[{i}].", members[i], personId, time.Today.Year, ct);
        }
        var duplicated = members.Where(m => m.PersonId is not null).GroupBy(m => m.PersonId).Any(g => g.Count() > 1);
        if (duplicated)
        {
            checks.Add("members", "Domain.Case.MemberAlreadyLinked");
        }
    }

    internal static async Task CheckMemberAsync(AppDbContext db, Checks checks, Guid institution, string prefix, MemberInput m, Guid? casePersonId, int thisYear, CancellationToken ct)
    {
        checks.Enum(prefix + "relationship", m.Relationship, required: true);
        checks.Range(prefix + "birthYear", m.BirthYear, 1900, thisYear);
        if (m.PersonId is { } memberId)
        {
            if (memberId == casePersonId)
            {
                checks.Add(prefix + "personId", "Domain.Case.MemberIsThePerson");
            }
            else if (!await db.People.VisibleTo(db, institution).AnyAsync(p => p.Id == memberId, ct))
            {
                checks.Add(prefix + "personId", "Validation.UnknownOption");
            }
        }
        else
        {
            checks.Name(prefix + "name", m.Name, required: true, max: 200);
        }
    }

    private async Task<bool> OpenCaseExistsAsync(Guid personId, Guid institution, Guid except, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.Cases.AnyAsync(c => c.PersonId == personId && c.InstitutionId == institution && c.Status != CaseStatus.Closed && c.Id != except, ct);
    }
}
