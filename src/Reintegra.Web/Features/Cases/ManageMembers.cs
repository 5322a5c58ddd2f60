using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Cases;

/// <summary>Links household members to a case (registered people the institution sees, or people named), and unlinks them.</summary>
public sealed class ManageMembers(AppDbContext db, Checks checks, LocalTime time, TimeProvider clock, CaseAccess cases)
{
    public sealed class Input
    {
        public Guid? PersonId { get; set; }

        public string? Name { get; set; }

        public HouseholdRelationship? Relationship { get; set; }

        public int? BirthYear { get; set; }

        public int? Version { get; set; }
    }

    public sealed class RemoveInput
    {
        public int? Version { get; set; }
    }

    public async Task<Guid?> AddAsync(Guid caseId, Input input, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct);
        if (c is null)
        {
            return null;
        }
        checks.Required("version", input.Version);
        await OpenCase.CheckMemberAsync(db, checks, c.InstitutionId, "",
            new OpenCase.MemberInput { PersonId = input.PersonId, Name = input.Name, Relationship = input.Relationship, BirthYear = input.BirthYear },
            c.PersonId, time.Today.Year, ct);
        checks.ThrowIfInvalid();
        cases.ExpectVersion(c, input.Version!.Value);
        var member = c.AddMember(input.PersonId, input.Name, input.Relationship!.Value, input.BirthYear, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return member.Id;
    }

    public async Task<bool> RemoveAsync(Guid caseId, Guid memberId, RemoveInput input, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct);
        var member = c?.Members.FirstOrDefault(m => m.Id == memberId);
        if (c is null || member is null)
        {
            return false;
        }
        checks.Required("version", input.Version);
        checks.ThrowIfInvalid();
        cases.ExpectVersion(c, input.Version!.Value);
        c.RemoveMember(member, clock.GetUtcNow().UtcDateTime);
        db.Entry(member).State = EntityState.Deleted;
        await db.SaveChangesAsync(ct);
        return true;
    }
}
