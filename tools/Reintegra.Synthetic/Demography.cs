namespace Reintegra.Synthetic;

/// <summary>
/// The shares that shape who travels. Each figure names its source or says it is an estimate; the README gathers them.
/// </summary>
internal static class Demography
{
    /// <summary>
    /// Share of men among adults travelling alone. Estimates blended from: GT 2024 50,610 men / 17,676 women
    /// (IGM via Prensa Latina); GT 2025 "almost 90 %" of adults men (IGM via Prensa Latina); HN 2026 4,176 men /
    /// 534 women (INM via El Heraldo); SV 2017 73 % men, 17 % women, 10 % children (DGME via EFE).
    /// </summary>
    public static double MaleShareOfSingleAdults(string country) => country switch
    {
        "GT" => 0.80,
        "HN" => 0.88,
        _ => 0.81,
    };

    /// <summary>
    /// Who travels together, per arrival mode: single adult, family, unaccompanied child, separated child. Estimates
    /// tuned so that children are ~6 % of air arrivals and ~25 % of land arrivals: most minors come back by land from
    /// Mexico (SV 2018: 2,271 of 2,350 returned minors came from Mexico, DGME via Diario1), and unaccompanied children
    /// outnumber those in family units (GT 2025: 1,705 unaccompanied, 1,124 in family units, IGM via Prensa Latina).
    /// </summary>
    public static readonly WeightedTable<HouseholdKind> AirHouseholds = new([
        (HouseholdKind.SingleAdult, 0.955), (HouseholdKind.Family, 0.03),
        (HouseholdKind.Unaccompanied, 0.012), (HouseholdKind.Separated, 0.003)]);

    public static readonly WeightedTable<HouseholdKind> LandHouseholds = new([
        (HouseholdKind.SingleAdult, 0.78), (HouseholdKind.Family, 0.12),
        (HouseholdKind.Unaccompanied, 0.08), (HouseholdKind.Separated, 0.02)]);

    /// <summary>
    /// Adult ages: GT 2024, 58 % aged 18-30 and 23.5 % aged 31-40 (IGM via Centroamérica 360); the split of the
    /// remaining 18.5 % is an estimate.
    /// </summary>
    public static readonly WeightedTable<(int Min, int Max)> AdultAges = new([
        ((18, 30), 0.58), ((31, 40), 0.235), ((41, 50), 0.12), ((51, 60), 0.045), ((61, 75), 0.02)]);

    /// <summary>Family units: mothers lead most (estimate); 20 % are couples; 1-4 children.</summary>
    public const double FamilyLedByWomanShare = 0.65;
    public const double FamilyCoupleShare = 0.2;
    public static readonly WeightedTable<int> ChildrenPerFamily = new([(1, 0.45), (2, 0.35), (3, 0.15), (4, 0.05)]);

    /// <summary>Unaccompanied children are mostly adolescent boys: HN 2026 423 boys / 78 girls (INM via El Heraldo).</summary>
    public const double UnaccompaniedBoyShare = 0.78;
    public const double UnaccompaniedAdolescentShare = 0.85;

    /// <summary>Children of families flown from the US who were born there (US nationals): an estimate.</summary>
    public const double UsBornChildShare = 0.25;

    /// <summary>One surname only (e.g. registered by the mother alone with one surname): an estimate.</summary>
    public const double SingleSurnameShare = 0.01;

    /// <summary>Indigenous people who speak only their own language: an estimate.</summary>
    public const double MonolingualShare = 0.08;

    /// <summary>Lasting conditions of the person (estimates for a young, mostly male population).</summary>
    public const double DisabilityShare = 0.015;
    public const double ChronicIllnessShare = 0.03;
    public const double MentalHealthShare = 0.015;

    /// <summary>Per return event (estimates): pregnancy among women 15-45, risk on return (cannot go back home).</summary>
    public const double PregnantShare = 0.03;
    public const double RiskOnReturnShare = 0.02;

    /// <summary>Share of records with a phone number: many arrive without a phone (estimate).</summary>
    public const double PhoneRecordedShare = 0.6;
}

internal enum HouseholdKind
{
    SingleAdult,
    Family,
    Unaccompanied,
    Separated,
}
