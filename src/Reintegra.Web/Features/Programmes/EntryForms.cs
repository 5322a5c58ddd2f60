using static Reintegra.Web.Features.Programmes.CatalogueViews;

namespace Reintegra.Web.Features.Programmes;

/// <summary>Between the forms and the handlers' inputs: what a saved entry looks like as a form to edit, and back.</summary>
public static class EntryForms
{
    /// <summary>Empty indicator rows the form offers beyond those already filled in.</summary>
    public const int SpareIndicatorRows = 3;

    public static T Fill<T>(this T input, Common e) where T : EntryInput
    {
        input.Title = e.Title;
        input.Summary = e.Summary;
        input.Language = e.Language;
        input.TranslatedTitle = e.TranslatedTitle;
        input.TranslatedSummary = e.TranslatedSummary;
        input.Levels = [.. e.Levels];
        input.Dimensions = [.. e.Dimensions];
        input.TargetGroups = [.. e.TargetGroups];
        input.Source = e.Source;
        return input;
    }

    public static ManageProgrammes.ProgrammeInput ToInput(ProgrammeData p, int version) => new ManageProgrammes.ProgrammeInput
    {
        Country = p.Country,
        ResponsibleInstitution = p.ResponsibleInstitution,
        Partners = p.Partners,
        Types = [.. p.Types],
        TargetPopulation = p.TargetPopulation,
        Coverage = [.. p.Coverage],
        FundingSource = p.FundingSource,
        FundingAmount = p.FundingAmount,
        Currency = p.Currency,
        StartDate = p.StartDate,
        EndDate = p.EndDate,
        Indicators = p.Indicators.Select(i => new ManageProgrammes.IndicatorInput { Name = i.Name, Unit = i.Unit, Target = i.Target, Achieved = i.Achieved }).ToList(),
        LessonsLearned = p.LessonsLearned,
        Version = version,
    }.Fill(p.Entry);

    public static ManagePractices.PracticeInput ToInput(PracticeData p, int version) => new ManagePractices.PracticeInput
    {
        Kind = p.Kind,
        Country = p.Country,
        Results = p.Results,
        LessonsLearned = p.LessonsLearned,
        ProgrammeId = p.ProgrammeId,
        Version = version,
    }.Fill(p.Entry);

    public static ManageRoadmap.RecommendationInput ToInput(RecommendationData r, int version) => new ManageRoadmap.RecommendationInput
    {
        ResponsibleCountries = [.. r.ResponsibleCountries],
        ResponsibleInstitutions = r.ResponsibleInstitutions,
        Term = r.Term,
        DueBy = r.DueBy,
        Indicators = r.Indicators,
        Version = version,
    }.Fill(r.Entry);

    /// <summary>"GT13, GT1301 gt0101" → ["GT13", "GT1301", "GT0101"].</summary>
    public static List<string> Codes(string? text) =>
        (text ?? "").Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(c => c.ToUpperInvariant()).ToList();

    /// <summary>Drops the blank indicator rows, so that error messages and rows keep the same numbers.</summary>
    public static void CompactIndicators(ManageProgrammes.ProgrammeInput input) =>
        input.Indicators = (input.Indicators ?? []).Where(i => i is not null && (i.Name is not null || i.Unit is not null || i.Target is not null || i.Achieved is not null)).ToList();
}
