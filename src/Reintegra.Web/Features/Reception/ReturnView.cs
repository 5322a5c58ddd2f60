using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Reception;

/// <summary>
/// One return as its reception centre sees it. The sensitive flags are included only for roles that may read them,
/// and reading them is a separate audit entry.
/// </summary>
public sealed class ReturnView(AppDbContext db, CurrentUser me, AuditLog audit)
{
    public sealed record PersonSummary(Guid Id, string GivenNames, string FirstSurname, string? SecondSurname, Sex Sex,
        DateOnly? BirthDate, int? BirthYear, BirthDatePrecision? BirthDatePrecision, string NationalityCode, string? OriginAdm1, string? OriginAdm2,
        string? Phone, IReadOnlyList<string> Languages, IReadOnlyList<DocumentView> Documents);

    public sealed record DocumentView(DocumentType Type, string Number, string IssuingCountry);

    public sealed record ReferralView(Guid Id, ReferralKind Kind, Guid? ToInstitutionId, string ToName, string? Reference, string? Notes, DateTime RecordedAt);

    public sealed record FamilyMember(Guid ReturnId, Guid PersonId, string Name, int? AgeAtReturn, ChildStatus? ChildStatus);

    public sealed record SensitiveView(IReadOnlyList<SensitiveFlag> Flags, string? Notes, DateTime RecordedAt, int Version);

    public sealed record Details(
        Guid Id, PersonSummary Person, Guid? ArrivalId, DateTime ArrivedAt, ReturnMode Mode, string ReturnedFrom, ReturnCategory Category,
        string? DestinationAdm1, string? DestinationAdm2, int? TimeAbroadMonths, int? AgeAtReturn, Guid? FamilyGroupId,
        ChildStatus? ChildStatus, Guid? AccompanyingReturnId, IReadOnlyList<Vulnerability> Vulnerabilities, WashingtonGroupAnswers WashingtonGroup,
        IReadOnlyList<ImmediateNeed> ImmediateNeeds, bool ProtectionFollowUp, string? Notes, ReceptionStatus Status, DateTime RegisteredAt,
        DateTime? CompletedAt, bool NeedsChildProtectionReferral, bool HasChildProtectionReferral, IReadOnlyList<ReferralView> Referrals,
        IReadOnlyList<FamilyMember> Family, bool SensitiveRecorded, SensitiveView? Sensitive, int Version);

    /// <returns>null when the return does not exist or belongs to another institution.</returns>
    public async Task<Details?> GetAsync(Guid id, bool includeSensitive, CancellationToken ct)
    {
        var ret = await db.Returns.AsNoTracking()
            .Include(r => r.Person!).ThenInclude(p => p.Documents)
            .Include(r => r.Referrals)
            .FirstOrDefaultAsync(r => r.Id == id && r.InstitutionId == me.InstitutionId, ct);
        if (ret is null)
        {
            return null;
        }
        var p = ret.Person!;
        var family = ret.FamilyGroupId is { } g
            ? await db.Returns.AsNoTracking().Where(r => r.FamilyGroupId == g && r.Id != id && r.InstitutionId == me.InstitutionId)
                .Select(r => new FamilyMember(r.Id, r.PersonId, r.Person!.GivenNames + " " + r.Person.FirstSurname, r.AgeAtReturn, r.ChildStatus))
                .ToListAsync(ct)
            : [];
        var sensitive = await db.SensitiveScreenings.AsNoTracking().FirstOrDefaultAsync(s => s.ReturnEventId == id, ct);
        SensitiveView? sensitiveView = null;
        if (includeSensitive && sensitive is not null && me.Can(Policies.ReadSensitive))
        {
            sensitiveView = new SensitiveView(Split(sensitive.Flags), sensitive.Notes, sensitive.RecordedAt, sensitive.Version);
            audit.Add(AuditActions.SensitiveViewed, nameof(SensitiveScreening), id.ToString(), p.Id);
        }
        audit.Viewed(nameof(ReturnEvent), id, p.Id);
        await audit.SaveAsync(ct);

        return new Details(
            ret.Id,
            new PersonSummary(p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname, p.Sex, p.BirthDate, p.BirthYear, p.BirthDatePrecision,
                p.NationalityCode, p.OriginAdm1, p.OriginAdm2, p.Phone, p.LanguageCodes,
                p.Documents.Select(d => new DocumentView(d.Type, d.Number, d.IssuingCountry)).ToList()),
            ret.ArrivalId, ret.ArrivedAt, ret.Mode, ret.ReturnedFromCode, ret.Category, ret.DestinationAdm1, ret.DestinationAdm2,
            ret.TimeAbroadMonths, ret.AgeAtReturn, ret.FamilyGroupId, ret.ChildStatus, ret.AccompanyingReturnId,
            Split(ret.Vulnerabilities), ret.WashingtonGroup, Split(ret.ImmediateNeeds), ret.ProtectionFollowUp, ret.Notes, ret.Status,
            ret.RegisteredAt, ret.CompletedAt, ret.NeedsChildProtectionReferral, ret.HasChildProtectionReferral,
            ret.Referrals.OrderBy(r => r.RecordedAt).Select(r => new ReferralView(r.Id, r.Kind, r.ToInstitutionId, r.ToName, r.Reference, r.Notes, r.RecordedAt)).ToList(),
            family, sensitive is not null, sensitiveView, ret.Version);
    }

    internal static IReadOnlyList<T> Split<T>(T flags) where T : struct, Enum =>
        Enum.GetValues<T>().Where(f => Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture) != 0 && flags.HasFlag(f)).ToList();
}
