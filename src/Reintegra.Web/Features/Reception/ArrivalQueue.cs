using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Reception;

/// <summary>The reception desk's view of one arrival: who is expected, who has been registered, whose reception is still open.</summary>
public sealed class ArrivalQueue(AppDbContext db, CurrentUser me)
{
    public sealed record ExpectedRow(Guid EntryId, int Line, string Name, Sex Sex, DateOnly? BirthDate, int? BirthYear, string Nationality, string? DocumentNumber, ManifestEntryStatus Status, Guid? ReturnId);

    public sealed record RegisteredRow(Guid ReturnId, Guid PersonId, string Name, Sex Sex, int? AgeAtReturn, ChildStatus? ChildStatus, Guid? FamilyGroupId, ReceptionStatus Status, bool ProtectionFollowUp, bool NeedsChildProtectionReferral, DateTime RegisteredAt);

    public sealed record Queue(
        ManageArrivals.ArrivalSummary Arrival,
        IReadOnlyList<ExpectedRow> Manifest,
        IReadOnlyList<RegisteredRow> Registered)
    {
        public int ExpectedCount => Manifest.Count(m => m.Status == ManifestEntryStatus.Expected);

        public int InProgressCount => Registered.Count(r => r.Status == ReceptionStatus.Open);

        public int CompletedCount => Registered.Count(r => r.Status == ReceptionStatus.Completed);

        /// <summary>The next person still expected after a manifest line, wrapping round to people the desk skipped.</summary>
        public ExpectedRow? NextExpected(int? afterLine) =>
            Manifest.FirstOrDefault(m => m.Status == ManifestEntryStatus.Expected && m.Line > (afterLine ?? 0))
            ?? Manifest.FirstOrDefault(m => m.Status == ManifestEntryStatus.Expected);
    }

    public async Task<Queue?> GetAsync(Guid arrivalId, ManageArrivals arrivals, CancellationToken ct)
    {
        var arrival = await arrivals.FindAsync(arrivalId);
        if (arrival is null)
        {
            return null;
        }
        var manifest = await db.ManifestEntries.AsNoTracking().Where(e => e.ArrivalId == arrivalId)
            .OrderBy(e => e.LineNumber)
            .Select(e => new ExpectedRow(e.Id, e.LineNumber, e.FirstSurname + " " + (e.SecondSurname ?? "") + ", " + e.GivenNames, e.Sex, e.BirthDate, e.BirthYear, e.NationalityCode, e.DocumentNumber, e.Status, e.ReturnEventId))
            .ToListAsync(ct);
        var registered = await db.Returns.AsNoTracking().Where(r => r.ArrivalId == arrivalId && r.InstitutionId == me.InstitutionId)
            .OrderBy(r => r.RegisteredAt)
            .Select(r => new RegisteredRow(r.Id, r.PersonId, r.Person!.FirstSurname + " " + (r.Person.SecondSurname ?? "") + ", " + r.Person.GivenNames,
                r.Person.Sex, r.AgeAtReturn, r.ChildStatus, r.FamilyGroupId, r.Status, r.ProtectionFollowUp,
                (r.ChildStatus == ChildStatus.Unaccompanied || r.ChildStatus == ChildStatus.Separated) && !r.Referrals.Any(x => x.Kind == ReferralKind.ChildProtection),
                r.RegisteredAt))
            .ToListAsync(ct);
        return new Queue(arrival, manifest, registered);
    }

    public async Task<ManifestEntry?> EntryAsync(Guid arrivalId, Guid entryId, CancellationToken ct) =>
        await db.ManifestEntries.AsNoTracking()
            .Where(e => e.Id == entryId && e.ArrivalId == arrivalId && db.Arrivals.Any(a => a.Id == arrivalId && a.InstitutionId == me.InstitutionId))
            .FirstOrDefaultAsync(ct);
}
