using Reintegra.Reference;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Cases;

/// <summary>
/// Records a needs assessment: every item of the three dimensions rated, a summary per dimension, and the person's
/// occupations as ISCO-08 unit groups. A new assessment never replaces an earlier one; the history is kept.
/// </summary>
public sealed class RecordAssessment(AppDbContext db, CurrentUser me, Checks checks, LocalTime time, TimeProvider clock, CaseAccess cases)
{
    public sealed class Input
    {
        public DateOnly? AssessedOn { get; set; }

        /// <summary>A level for every item, e.g. {"Work": "High", "Income": "Moderate", ...}.</summary>
        public Dictionary<AssessmentItem, NeedLevel> Ratings { get; set; } = [];

        public string? EconomicSummary { get; set; }

        public string? SocialSummary { get; set; }

        public string? PsychosocialSummary { get; set; }

        public bool WantsSkillsCertification { get; set; }

        public List<OccupationInput> Occupations { get; set; } = [];

        /// <summary>The version of the case you read.</summary>
        public int? Version { get; set; }
    }

    public sealed class OccupationInput
    {
        /// <summary>Four-digit ISCO-08 unit group, e.g. "7112" (bricklayers).</summary>
        public string? IscoCode { get; set; }

        public OccupationPeriod? Period { get; set; }

        public int? Years { get; set; }

        public string? Notes { get; set; }
    }

    public async Task<Guid?> RecordAsync(Guid caseId, Input input, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct);
        if (c is null)
        {
            return null;
        }
        var today = time.Today;
        checks.Required("version", input.Version);
        if (checks.Required("assessedOn", input.AssessedOn) && input.AssessedOn > today)
        {
            checks.Add("assessedOn", "Validation.DateInFuture");
        }
        else if (input.AssessedOn < DateOnly.FromDateTime(time.ToLocal(c.OpenedAt)).AddYears(-1))
        {
            checks.Add("assessedOn", "Validation.DateTooOld");
        }
        foreach (var item in Enum.GetValues<AssessmentItem>())
        {
            if (!input.Ratings.TryGetValue(item, out var level))
            {
                checks.Add($"ratings[{item}]", "Validation.Required");
            }
            else
            {
                checks.Enum($"ratings[{item}]", (NeedLevel?)level, required: true);
            }
        }
        foreach (var key in input.Ratings.Keys.Where(k => !Enum.IsDefined(k)))
        {
            checks.Add("ratings", "Validation.UnknownOption");
        }
        checks.Text("economicSummary", input.EconomicSummary, 2000);
        checks.Text("socialSummary", input.SocialSummary, 2000);
        checks.Text("psychosocialSummary", input.PsychosocialSummary, 2000);
        if (input.Occupations.Count > NeedsAssessment.MaxOccupations)
        {
            checks.Add("occupations", "Validation.Range", 0, NeedsAssessment.MaxOccupations);
        }
        for (var i = 0; i < input.Occupations.Count && i < NeedsAssessment.MaxOccupations; i++)
        {
            var o = input.Occupations[i];
            if (checks.Required($"occupations[{i}].iscoCode", o.IscoCode) && Occupations.Default.Find(o.IscoCode!.Trim()) is not { IsUnitGroup: true })
            {
                checks.Add($"occupations[{i}].iscoCode", "Cases.UnknownIscoCode");
            }
            checks.Enum($"occupations[{i}].period", o.Period, required: true);
            checks.Range($"occupations[{i}].years", o.Years, 0, 70);
            checks.Text($"occupations[{i}].notes", o.Notes, 500);
        }
        checks.ThrowIfInvalid();

        c.EnsureNotClosed();
        cases.ExpectVersion(c, input.Version!.Value);
        var now = clock.GetUtcNow().UtcDateTime;
        var assessment = new NeedsAssessment(c.Id, c.PersonId, input.AssessedOn!.Value, input.Ratings,
            input.EconomicSummary, input.SocialSummary, input.PsychosocialSummary, input.WantsSkillsCertification,
            input.Occupations.Select(o => new AssessmentOccupation(o.IscoCode!.Trim(), o.Period!.Value, o.Years, o.Notes)), me.Id, now);
        db.Assessments.Add(assessment);
        c.AssessmentRecorded(now);
        await db.SaveChangesAsync(ct);
        return assessment.Id;
    }
}
