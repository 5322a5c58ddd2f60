using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.AssistedReturn;

/// <summary>One request as the user may see it, with its history, the fund's eligibility check and the steps open to them. Every read is audited.</summary>
public sealed class RequestView(AppDbContext db, CurrentUser me, AvrAccess access, AuditLog audit, TimeProvider clock, IStringLocalizer<AssistedReturnText> text)
{
    public const int PageSize = 25;

    public sealed record Costs(string Currency, decimal Ticket, decimal Escort, decimal PerDiem, decimal Medical, decimal Total);

    public sealed record Consent(ConsentGiver Giver, string? ProxyName, string? ProxyRelationship, ConsentShare Shares, DateTime RecordedAt, DateTime? WithdrawnAt);

    public sealed record FamilyMember(string Name, Sex Sex, DateOnly? BirthDate, int? BirthYear, FamilyRelationship Relationship);

    public sealed record Rule(string Code, bool Passed, string Message);

    public sealed record Eligibility(Guid FundId, string FundName, int Year, bool Passed, DateTime CheckedAt, IReadOnlyList<Rule> Rules);

    public sealed record Step(AvrAction Action, AvrStatus Status, DateTime At, Guid? UserId, Guid? InstitutionId, string? Note);

    public sealed record Details(
        Guid Id, string Reference, AvrStatus Status, int Version, Guid RequestingInstitutionId, string RequestingInstitution,
        Guid? ProcessingInstitutionId, string? ProcessingInstitution,
        string GivenNames, string FirstSurname, string? SecondSurname, Sex Sex, DateOnly? BirthDate, int? BirthYear, int? Age,
        string Nationality, DocumentType? DocumentType, string? DocumentNumber, string? Phone, IReadOnlyList<string> Languages,
        string CurrentCountry, string CurrentPlace, string ReturnCountry, string? OriginAdm1, string? OriginAdm2,
        string DestinationAdm1, string? DestinationAdm2, ChildStatus? ChildStatus, Vulnerability Vulnerabilities,
        IReadOnlyList<EligibleGroup> Groups, SensitiveFlag? SensitiveFlags, string? HealthNotes, bool EscortRequired, string? EscortNeeds,
        Costs EstimatedCosts, IReadOnlyList<FamilyMember> Family, Consent? Consent, bool HasConsent,
        Eligibility? EligibilityCheck, string? RejectionReason, int? BudgetYear, decimal Committed, decimal Spent,
        ReturnMode? TravelMode, DateTime? DepartureAt, DateTime? ExpectedArrivalAt, string? Itinerary, string? PointOfEntry, string? EscortName,
        DateTime? TravelledAt, DateTime? ReceivedAt, string? CancelReason, DateTime CreatedAt, DateTime UpdatedAt,
        IReadOnlyList<AvrStep> AvailableSteps, IReadOnlyList<Step> History);

    public sealed record Summary(Guid Id, string Reference, AvrStatus Status, string Name, string CurrentCountry, string ReturnCountry,
        Vulnerability Vulnerabilities, decimal EstimatedTotal, string Currency, bool Mine, DateTime UpdatedAt);

    public sealed record Page(IReadOnlyList<Summary> Items, int PageNumber, int Total);

    public async Task<StepResult<Details>> GetAsync(Guid id, CancellationToken ct)
    {
        var r = await access.Visible().AsNoTracking().Include(x => x.Family).Include(x => x.History).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null)
        {
            return StepResult<Details>.NotFound;
        }
        var names = await db.Institutions.Where(i => i.Id == r.RequestingInstitutionId || i.Id == r.ProcessingInstitutionId)
            .ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var fundName = r.FundId is { } fundId ? await db.Funds.Where(f => f.Id == fundId).Select(f => f.Name).FirstOrDefaultAsync(ct) : null;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var isRequester = r.RequestingInstitutionId == me.InstitutionId;
        audit.Add(AuditActions.Viewed, nameof(AvrRequest), r.Id.ToString(), null, isRequester ? "requester" : "processor");
        await audit.SaveAsync(ct);
        return new StepResult<Details>(StepOutcome.Done, new Details(
            r.Id, r.Reference, r.Status, r.Version, r.RequestingInstitutionId, names.GetValueOrDefault(r.RequestingInstitutionId, ""),
            r.ProcessingInstitutionId, r.ProcessingInstitutionId is { } p ? names.GetValueOrDefault(p) : null,
            r.GivenNames, r.FirstSurname, r.SecondSurname, r.Sex, r.BirthDate, r.BirthYear, r.AgeOn(today),
            r.NationalityCode, r.DocumentType, r.DocumentNumber, r.Phone, r.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries),
            r.CurrentCountryCode, r.CurrentPlace, r.ReturnCountryCode, r.OriginAdm1, r.OriginAdm2, r.DestinationAdm1, r.DestinationAdm2,
            r.ChildStatus, r.Vulnerabilities, Groups(r.GroupsOn(today, Fund.DefaultOlderPersonAge)),
            isRequester ? r.SensitiveFlags : null, r.HealthNotes, r.EscortRequired, r.EscortNeeds,
            new Costs(r.Currency, Money.ToUnits(r.TicketCents), Money.ToUnits(r.EscortCents), Money.ToUnits(r.PerDiemCents), Money.ToUnits(r.MedicalCents), Money.ToUnits(r.EstimatedTotalCents)),
            r.Family.OrderBy(f => f.Ordinal).Select(f => new FamilyMember(f.DisplayName, f.Sex, f.BirthDate, f.BirthYear, f.Relationship)).ToList(),
            r.ConsentRecordedAt is { } at ? new Consent(r.ConsentGiver!.Value, r.ConsentProxyName, r.ConsentProxyRelationship, r.ConsentShares, at, r.ConsentWithdrawnAt) : null,
            r.HasConsent,
            EligibilityOf(r, fundName), r.RejectionReason, r.BudgetYear, Money.ToUnits(r.CommittedCents), Money.ToUnits(r.SpentCents),
            r.TravelMode, r.DepartureAt, r.ExpectedArrivalAt, r.Itinerary, r.PointOfEntry, r.EscortName,
            r.TravelledAt, r.ReceivedAt, r.CancelReason, r.CreatedAt, r.UpdatedAt,
            access.Available(r),
            r.History.OrderBy(h => h.At).Select(h => new Step(h.Action, h.Status, h.At, h.UserId, h.InstitutionId, h.Note)).ToList()));
    }

    /// <summary>The requests the user's institution made or that were sent to it, most recently changed first.</summary>
    public async Task<Page> ListAsync(AvrStatus? status, int page, CancellationToken ct)
    {
        page = Math.Clamp(page, 1, 10_000);
        var query = access.Visible().AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(r => r.Status == s);
        }
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(r => r.UpdatedAt).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => new { r.Id, r.Reference, r.Status, r.GivenNames, r.FirstSurname, r.SecondSurname, r.CurrentCountryCode, r.ReturnCountryCode, r.Vulnerabilities, r.EstimatedTotalCents, r.Currency, r.RequestingInstitutionId, r.UpdatedAt })
            .ToListAsync(ct);
        foreach (var r in items)
        {
            audit.Add(AuditActions.SearchResult, nameof(AvrRequest), r.Id.ToString(), null, "list");
        }
        await audit.SaveAsync(ct);
        return new Page(items.Select(r => new Summary(
            r.Id, r.Reference, r.Status, string.Join(' ', new[] { r.GivenNames, r.FirstSurname, r.SecondSurname }.Where(n => !string.IsNullOrWhiteSpace(n))),
            r.CurrentCountryCode, r.ReturnCountryCode, r.Vulnerabilities, Money.ToUnits(r.EstimatedTotalCents), r.Currency,
            r.RequestingInstitutionId == me.InstitutionId, r.UpdatedAt)).ToList(), page, total);
    }

    /// <summary>The stored check, its rules worded in the reader's language.</summary>
    public Eligibility? EligibilityOf(AvrRequest r, string? fundName)
    {
        if (r.EligibilityJson is null || r.EligibilityCheckedAt is null)
        {
            return null;
        }
        var check = JsonSerializer.Deserialize<EligibilityCheck>(r.EligibilityJson)!;
        return new Eligibility(check.FundId, fundName ?? "", check.Year, check.Passed, r.EligibilityCheckedAt.Value,
            check.Rules.Select(rule => new Rule(rule.Code, rule.Passed, Describe(rule, r.Currency))).ToList());
    }

    public string Describe(EligibilityRule rule, string currency)
    {
        var args = rule.Args ?? [];
        string Amount(int i) => Money.Format(long.Parse(args[i], CultureInfo.InvariantCulture), currency);
        var key = $"Rule.{rule.Code}.{(rule.Passed ? "Passed" : "Failed")}";
        return rule.Code switch
        {
            EligibilityRule.Currency => text[key, args[0], args[1]],
            EligibilityRule.Group => text[key, string.Join(", ", Groups((EligibleGroup)int.Parse(args[0], CultureInfo.InvariantCulture)).Select(g => text[$"Group.{g}"].Value))],
            EligibilityRule.Cap => text[key, Amount(0), Amount(1)],
            EligibilityRule.Budget => text[key, Amount(0), Amount(1), args[2]],
            _ => text[key],
        };
    }

    public static IReadOnlyList<EligibleGroup> Groups(EligibleGroup groups) =>
        Enum.GetValues<EligibleGroup>().Where(g => g != EligibleGroup.None && (groups & g) == g).ToList();
}
