using System.Globalization;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Programmes;

/// <summary>
/// What the catalogue shows of an entry, on the signed-in side and on the public portal alike. Nothing here names a
/// person: entries speak for institutions and countries.
/// </summary>
public static class CatalogueViews
{
    public sealed record VersionInfo(int Number, EntryStatus Status, DateTime CreatedAt, DateTime? SubmittedAt, DateTime? PublishedAt, string? ReviewNote);

    public sealed record Common(
        int Number, EntryStatus Status, string Title, string Summary, string Language, string? TranslatedTitle, string? TranslatedSummary,
        IReadOnlyList<ReintegrationLevels> Levels, IReadOnlyList<ReintegrationDimensions> Dimensions, IReadOnlyList<TargetGroups> TargetGroups,
        string? Source, DateTime? PublishedAt, string? ReviewNote)
    {
        /// <summary>The title in the reader's language when the entry has it in that language.</summary>
        public string TitleIn(string language) => Language != language && TranslatedTitle is { } t ? t : Title;

        public string SummaryIn(string language) => Language != language && TranslatedSummary is { } t ? t : Summary;

        /// <summary>The language <see cref="TitleIn"/> answers in, for the page's lang attribute.</summary>
        public string LanguageOf(string language) => Language != language && TranslatedTitle is not null ? language : Language;
    }

    public sealed record ProgrammeData(
        Common Entry, string Country, string ResponsibleInstitution, string? Partners, IReadOnlyList<ProgrammeTypes> Types, string? TargetPopulation,
        IReadOnlyList<string> Coverage, string? FundingSource, decimal? FundingAmount, string? Currency, DateOnly? StartDate, DateOnly? EndDate,
        IReadOnlyList<ResultIndicator> Indicators, string? LessonsLearned);

    public sealed record PracticeData(
        Common Entry, PracticeKind Kind, string Country, string? Results, string? LessonsLearned, Guid? ProgrammeId, string? ProgrammeTitle);

    public sealed record RecommendationData(
        Common Entry, ReintegrationLevels Level, IReadOnlyList<string> ResponsibleCountries, string? ResponsibleInstitutions, RecommendationTerm Term,
        DateOnly? DueBy, string? Indicators);

    /// <summary>One line of a list: the entry's current (working or published) version in brief.</summary>
    public sealed record Card(
        Guid Id, int Number, EntryStatus Status, string Title, string Language, string? TranslatedTitle, string Summary, string Country,
        IReadOnlyList<ReintegrationLevels> Levels, IReadOnlyList<ReintegrationDimensions> Dimensions, IReadOnlyList<TargetGroups> TargetGroups,
        IReadOnlyList<ProgrammeTypes> Types, string InstitutionName, string? Detail, DateTime? PublishedAt, DateTime UpdatedAt)
    {
        public string TitleIn(string language) => Language != language && TranslatedTitle is { } t ? t : Title;

        public string LanguageOf(string language) => Language != language && TranslatedTitle is not null ? language : Language;
    }

    public sealed record CardPage(IReadOnlyList<Card> Items, int Page, int Total, int PageSize);

    public static Common CommonOf(EntryRevision r) => new(
        r.Number, r.Status, r.Title, r.Summary, r.Language, r.TranslatedTitle, r.TranslatedSummary,
        Split(r.Levels), Split(r.Dimensions), Split(r.TargetGroups), r.Source, r.PublishedAt, r.ReviewNote);

    public static ProgrammeData Of(ProgrammeRevision r) => new(
        CommonOf(r), CountryOf(r.CountryCode), r.ResponsibleInstitution, r.Partners, Split(r.Types), r.TargetPopulation, r.CoveragePCodes,
        r.FundingSource, r.FundingAmount, r.Currency, r.StartDate, r.EndDate, r.Indicators, r.LessonsLearned);

    public static PracticeData Of(PracticeRevision r, string? programmeTitle) => new(
        CommonOf(r), r.Kind, CountryOf(r.CountryCode), r.Results, r.LessonsLearned, r.ProgrammeId, programmeTitle);

    public static RecommendationData Of(RecommendationRevision r) => new(
        CommonOf(r), r.Levels, r.ResponsibleCountryCodes, r.ResponsibleInstitutions, r.Term, r.DueBy, r.Indicators);

    public static VersionInfo VersionOf(EntryRevision r) => new(r.Number, r.Status, r.CreatedAt, r.SubmittedAt, r.PublishedAt, r.ReviewNote);

    /// <summary>"GT", or "regional" for an entry that concerns the region.</summary>
    public static string CountryOf(string? code) => code ?? CatalogueChecks.Regional;

    public static IReadOnlyList<T> Split<T>(T value) where T : struct, Enum
    {
        var bits = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        return Enum.GetValues<T>().Where(f =>
        {
            var b = Convert.ToInt64(f, CultureInfo.InvariantCulture);
            return b != 0 && (bits & b) == b;
        }).ToList();
    }

    /// <summary>The raw columns a list query reads before flags are split into lists.</summary>
    internal sealed record CardRow(
        Guid Id, int Number, EntryStatus Status, string Title, string Language, string? TranslatedTitle, string Summary, string? Country,
        ReintegrationLevels Levels, ReintegrationDimensions Dimensions, TargetGroups TargetGroups, ProgrammeTypes Types, string InstitutionName,
        string? Detail, DateTime? PublishedAt, DateTime UpdatedAt)
    {
        public Card ToCard() => new(Id, Number, Status, Title, Language, TranslatedTitle, Summary.Length > 300 ? Summary[..297] + "…" : Summary,
            CountryOf(Country), Split(Levels), Split(Dimensions), Split(TargetGroups), Split(Types), InstitutionName, Detail, PublishedAt, UpdatedAt);
    }
}

/// <summary>A set of checkboxes in a catalogue form.</summary>
public sealed record FlagChoices(string Name, string Legend, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Items, string? Hint = null);

/// <summary>The review box of an entry's page: what the user may do with it now.</summary>
public sealed record ReviewPanel(EntryPermissions Can, CatalogueViews.Common Entry, int Version, int? PublishedNumber, string? PublicLink, string EditLink);
