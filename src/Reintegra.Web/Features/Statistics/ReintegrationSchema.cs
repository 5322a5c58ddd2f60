using Reintegra.Reference;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Statistics.Engine;

namespace Reintegra.Web.Features.Statistics;

/// <summary>
/// How reintegration is classified in the figures. Three kinds of fact, each its own set of protected tables
/// (ADR 0023): cases by the month they were opened, cases by the month they were closed (with the closure reason), and
/// referrals by the month they were sent (with the service category and the outcome). All three are broken down by
/// age group, department of origin and institution kind; sex and period are in every table.
/// </summary>
public sealed class ReintegrationSchema
{
    public const string Opened = "casesOpened";
    public const string Closed = "casesClosed";
    public const string Referrals = "referrals";
    public const string DaysToFirstReferral = "daysToFirstReferral";

    public const string AgeGroup = ReturnSchema.AgeGroup;
    public const string Origin = ReturnSchema.Origin;
    public const string InstitutionKind = "institutionKind";
    public const string ClosureReason = "closureReason";
    public const string ServiceCategory = "serviceCategory";
    public const string Outcome = "outcome";

    /// <summary>What became of a referral: still open (sent, accepted, in progress), completed, declined, closed without completing, withdrawn.</summary>
    public const string Pending = "Pending";

    public static readonly string[] Outcomes = [Pending, nameof(ReferralStatus.Completed), nameof(ReferralStatus.Declined), nameof(ReferralStatus.Closed), nameof(ReferralStatus.Withdrawn)];

    /// <summary>The measures, in the order the dashboard shows them.</summary>
    public static readonly string[] Measures = [Opened, Closed, Referrals, DaysToFirstReferral];

    public ReintegrationSchema(string country)
    {
        Country = country;
        Cases = new FigureSchema([AgeClassifier(), OriginClassifier(country), KindClassifier()]);
        ClosedCases = new FigureSchema([EnumClassifier<CaseClosureReason>(ClosureReason), AgeClassifier(), OriginClassifier(country), KindClassifier()]);
        var outcome = new Classifier(Outcome);
        foreach (var o in Outcomes)
        {
            outcome.Add(o);
        }
        ReferralFacts = new FigureSchema([EnumClassifier<Domain.ServiceCategory>(ServiceCategory), outcome.Seal(), AgeClassifier(), OriginClassifier(country), KindClassifier()]);
    }

    public string Country { get; }

    /// <summary>Cases by month of opening (also the population of the time to first referral).</summary>
    public FigureSchema Cases { get; }

    /// <summary>Cases by month of closing.</summary>
    public FigureSchema ClosedCases { get; }

    /// <summary>Referrals by month sent.</summary>
    public FigureSchema ReferralFacts { get; }

    /// <summary>The tables a measure is read from (the time to first referral is over the cases opened).</summary>
    public FigureSchema For(string measure) => measure switch
    {
        Closed => ClosedCases,
        Referrals => ReferralFacts,
        _ => Cases,
    };

    public static string OutcomeOf(ReferralStatus status) => status.IsOpen() ? Pending : status.ToString();

    public (int Year, ulong Fact) PackOpened(CaseFactRecord f, TimeZoneInfo zone) =>
        Pack(Cases, f.OpenedAt, f.Sex, f.AgeAtOpening, f.OriginAdm1, f.InstitutionKind, zone);

    /// <summary>The closed-case fact, or null while the case is open.</summary>
    public (int Year, ulong Fact)? PackClosed(CaseFactRecord f, TimeZoneInfo zone) => f.ClosedAt is { } closed && f.ClosureReason is { } reason
        ? Pack(ClosedCases, closed, f.Sex, f.AgeAtOpening, f.OriginAdm1, f.InstitutionKind, zone, (ClosureReason, reason.ToString()))
        : null;

    public (int Year, ulong Fact) PackReferral(ReferralFactRecord f, TimeZoneInfo zone) =>
        Pack(ReferralFacts, f.SentAt, f.Sex, f.AgeAtReferral, f.OriginAdm1, f.InstitutionKind, zone,
            (ServiceCategory, f.Category.ToString()), (Outcome, OutcomeOf(f.Status)));

    /// <summary>Whole days from opening to the first referral (0 when it was made before the case), or null without one.</summary>
    public static int? DaysToFirst(CaseFactRecord f) => f.FirstReferralAt is { } first
        ? Math.Max(0, (int)Math.Floor((first - f.OpenedAt).TotalDays))
        : null;

    private static (int Year, ulong Fact) Pack(FigureSchema schema, DateTime at, Sex sex, int? age, string? adm1, Domain.InstitutionKind kind,
        TimeZoneInfo zone, params (string Key, string Code)[] own)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(at, DateTimeKind.Utc), zone);
        var c = schema.Classifiers;
        Span<int> leaves = stackalloc int[c.Count];
        for (var i = 0; i < c.Count; i++)
        {
            var code = c[i].Key switch
            {
                AgeGroup => ReturnSchema.AgeGroupOf(age),
                Origin => adm1,
                InstitutionKind => kind.ToString(),
                var key => own.First(o => o.Key == key).Code,
            };
            var node = c[i].Find(code);
            leaves[i] = node > 0 && c[i].IsLeaf(node) ? node : c[i].Find(ReturnSchema.Unknown);
        }
        var s = sex switch
        {
            Sex.Female => 1,
            Sex.Male => 2,
            _ => 3,
        };
        return (local.Year, schema.Pack(local.Month, s, leaves));
    }

    private static Classifier AgeClassifier()
    {
        var age = new Classifier(AgeGroup, rowsAreLeaves: true);
        var children = age.Add(ReturnSchema.Children);
        var adults = age.Add(ReturnSchema.Adults);
        foreach (var (code, min, _) in ReturnSchema.AgeGroups)
        {
            age.Add(code, min < 18 ? children : adults);
        }
        age.Add(ReturnSchema.Unknown);
        return age.Seal();
    }

    /// <summary>Departments only: reintegration is planned by department, and cases are far fewer than returns.</summary>
    private static Classifier OriginClassifier(string country)
    {
        var origin = new Classifier(Origin);
        foreach (var adm1 in Places.Default.Admin1(country))
        {
            origin.Add(adm1.PCode);
        }
        origin.Add(ReturnSchema.Unknown);
        return origin.Seal();
    }

    private static Classifier KindClassifier() => EnumClassifier<Domain.InstitutionKind>(InstitutionKind);

    private static Classifier EnumClassifier<T>(string key) where T : struct, Enum
    {
        var c = new Classifier(key);
        foreach (var v in Enum.GetValues<T>())
        {
            c.Add(v.ToString());
        }
        return c.Seal();
    }
}
