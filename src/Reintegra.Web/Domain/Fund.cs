namespace Reintegra.Web.Domain;

/// <summary>
/// A fund that pays for assisted voluntary returns — the CRM Reserve Fund, IOM's own fund or a national fund — with
/// its rules (who it may finance, how much per case, in which currency) and a budget per year. It is managed by the
/// fund managers of one institution.
/// </summary>
public sealed class Fund : IVersioned, IAudited
{
    /// <summary>"Persons over seventy" in the CRM Reserve Fund's rules, read as aged seventy or more.</summary>
    public const int DefaultOlderPersonAge = 70;

    /// <summary>The CRM Reserve Fund pays at most USD 1,000 per case.</summary>
    public const long CrmCapCents = 1_000_00;

    /// <summary>The groups the CRM Reserve Fund may finance, and only these.</summary>
    public const EligibleGroup CrmGroups = EligibleGroup.UnaccompaniedChild | EligibleGroup.Disability | EligibleGroup.OlderPerson | EligibleGroup.InjuryOrIllness;

    private Fund()
    {
    }

    public Fund(Guid managedByInstitutionId, FundRules rules, DateTime now)
    {
        Id = Guid.CreateVersion7();
        ManagedByInstitutionId = managedByInstitutionId;
        CreatedAt = now;
        Update(rules);
    }

    public Guid Id { get; private set; }

    public Guid ManagedByInstitutionId { get; private set; }

    public string Name { get; private set; } = "";

    public FundKind Kind { get; private set; }

    public string Currency { get; private set; } = "USD";

    /// <summary>The most one request may receive; none for funds without a cap.</summary>
    public long? PerCaseCapCents { get; private set; }

    /// <summary>The groups the fund may finance; <see cref="EligibleGroup.None"/> means any person in a vulnerable situation.</summary>
    public EligibleGroup EligibleGroups { get; private set; }

    public int OlderPersonAge { get; private set; }

    public bool IsActive { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public int Version { get; set; }

    public FundRules Rules => new(Name, Kind, Currency, PerCaseCapCents, EligibleGroups, OlderPersonAge, IsActive);

    /// <summary>
    /// What a fund's rules may not be, by field: a cap must be positive; the CRM Reserve Fund works in US dollars,
    /// pays at most USD 1,000 per case, only to its eligible groups, and counts older persons from seventy.
    /// </summary>
    public static IEnumerable<(string Field, string Code)> Violations(FundRules rules)
    {
        if (rules.PerCaseCapCents is <= 0)
        {
            yield return ("perCaseCap", "Fund.CapNotPositive");
        }
        if (rules.OlderPersonAge is < 50 or > 100)
        {
            yield return ("olderPersonAge", "Fund.OlderPersonAgeRange");
        }
        if (rules.Kind != FundKind.CrmReserveFund)
        {
            yield break;
        }
        if (!string.Equals(rules.Currency, "USD", StringComparison.OrdinalIgnoreCase))
        {
            yield return ("currency", "Fund.CrmCurrency");
        }
        if (rules.PerCaseCapCents is null or > CrmCapCents)
        {
            yield return ("perCaseCap", "Fund.CrmCap");
        }
        if (rules.EligibleGroups == EligibleGroup.None || (rules.EligibleGroups & ~CrmGroups) != 0)
        {
            yield return ("eligibleGroups", "Fund.CrmGroups");
        }
        if (rules.OlderPersonAge < DefaultOlderPersonAge)
        {
            yield return ("olderPersonAge", "Fund.CrmOlderPersonAge");
        }
    }

    public void Update(FundRules rules)
    {
        if (Violations(rules).FirstOrDefault() is { Code: { } code })
        {
            throw new DomainException(code);
        }
        Name = rules.Name.Trim();
        Kind = rules.Kind;
        Currency = rules.Currency.ToUpperInvariant();
        PerCaseCapCents = rules.PerCaseCapCents;
        EligibleGroups = rules.EligibleGroups;
        OlderPersonAge = rules.OlderPersonAge;
        IsActive = rules.IsActive;
    }

    /// <summary>
    /// The fund's rules applied to a request, each with its outcome, for the fund manager to see before deciding.
    /// The budget check uses the figures read now; approval re-checks it atomically when the money is committed.
    /// </summary>
    public EligibilityCheck Evaluate(AvrRequest request, FundBudget? budget, int year, DateOnly today)
    {
        var total = request.EstimatedTotalCents;
        var rules = new List<EligibilityRule>
        {
            new(EligibilityRule.Active, IsActive),
            new(EligibilityRule.Consent, request.HasConsent),
            new(EligibilityRule.Currency, string.Equals(request.Currency, Currency, StringComparison.Ordinal), [request.Currency, Currency]),
        };
        if (EligibleGroups != EligibleGroup.None)
        {
            var groups = request.GroupsOn(today, OlderPersonAge) & EligibleGroups;
            rules.Add(new(EligibilityRule.Group, groups != EligibleGroup.None, [((int)groups).ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        }
        if (PerCaseCapCents is { } cap)
        {
            rules.Add(new(EligibilityRule.Cap, total <= cap, [Money(total), Money(cap)]));
        }
        var remaining = budget?.RemainingCents ?? 0;
        rules.Add(new(EligibilityRule.Budget, budget is not null && total <= remaining, [Money(total), Money(remaining), year.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        return new EligibilityCheck(Id, year, rules);
    }

    private static string Money(long cents) => cents.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record FundRules(string Name, FundKind Kind, string Currency, long? PerCaseCapCents, EligibleGroup EligibleGroups, int OlderPersonAge, bool IsActive);

/// <summary>
/// One rule of a fund applied to one request. <see cref="Args"/> are invariant strings (amounts in cents, group
/// flags, a year) so that the check can be stored and shown again in either language.
/// </summary>
public sealed record EligibilityRule(string Code, bool Passed, IReadOnlyList<string>? Args = null)
{
    public const string Active = "Active";
    public const string Consent = "Consent";
    public const string Currency = "Currency";
    public const string Group = "Group";
    public const string Cap = "Cap";
    public const string Budget = "Budget";
}

public sealed record EligibilityCheck(Guid FundId, int Year, IReadOnlyList<EligibilityRule> Rules)
{
    public bool Passed => Rules.All(r => r.Passed);
}

/// <summary>
/// A fund's budget for one year and what has been committed and spent against it. Committed and spent only move
/// through atomic conditional updates (see ADR 0041), so concurrent approvals can never overspend.
/// </summary>
public sealed class FundBudget : IVersioned, IAudited
{
    private FundBudget()
    {
    }

    public FundBudget(Guid fundId, int year, long budgetCents)
    {
        FundId = fundId;
        Year = year;
        SetBudget(budgetCents);
    }

    public Guid FundId { get; private set; }

    public int Year { get; private set; }

    public long BudgetCents { get; private set; }

    public long CommittedCents { get; private set; }

    public long SpentCents { get; private set; }

    public int Version { get; set; }

    public long RemainingCents => BudgetCents - CommittedCents - SpentCents;

    public void SetBudget(long budgetCents)
    {
        if (budgetCents < 0)
        {
            throw new DomainException("Fund.BudgetNegative");
        }
        if (budgetCents < CommittedCents + SpentCents)
        {
            throw new DomainException("Fund.BudgetBelowUse");
        }
        BudgetCents = budgetCents;
    }
}

/// <summary>One line of a fund's ledger: money committed to, released from or spent on a request. Never changed.</summary>
public sealed class FundLedgerEntry : IAudited
{
    private FundLedgerEntry()
    {
    }

    public FundLedgerEntry(Guid fundId, int year, Guid requestId, LedgerEntryKind kind, long amountCents, Guid? userId, string? note, DateTime at)
    {
        Id = Guid.CreateVersion7();
        FundId = fundId;
        Year = year;
        RequestId = requestId;
        Kind = kind;
        AmountCents = amountCents;
        UserId = userId;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid FundId { get; private set; }

    public int Year { get; private set; }

    public Guid RequestId { get; private set; }

    public LedgerEntryKind Kind { get; private set; }

    public long AmountCents { get; private set; }

    public Guid? UserId { get; private set; }

    public string? Note { get; private set; }

    public DateTime At { get; private set; }
}

/// <summary>A civil-society organisation an administrator has authorised to request assisted returns.</summary>
public sealed class AvrRequesterAuthorisation : IAudited
{
    private AvrRequesterAuthorisation()
    {
    }

    public AvrRequesterAuthorisation(Guid institutionId, Guid byUserId, DateTime at)
    {
        InstitutionId = institutionId;
        AuthorisedByUserId = byUserId;
        AuthorisedAt = at;
    }

    public Guid InstitutionId { get; private set; }

    public Guid AuthorisedByUserId { get; private set; }

    public DateTime AuthorisedAt { get; private set; }

    /// <summary>Government authorities, consulates and international organisations may request; NGOs once authorised.</summary>
    public static bool KindMayRequest(InstitutionKind kind) =>
        kind is InstitutionKind.Consulate or InstitutionKind.Ministry or InstitutionKind.ChildProtectionAuthority or InstitutionKind.InternationalOrganisation;
}
