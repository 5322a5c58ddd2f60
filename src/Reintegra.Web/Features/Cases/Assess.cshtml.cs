using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Cases;

[Authorize(Policy = Policies.Cases)]
public sealed class AssessModel(CaseView view, RecordAssessment assessments) : CasePageModel(view)
{
    public const int OccupationRows = 3;

    public RecordAssessment.Input Input { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadCaseAsync(ct))
        {
            return NotFound();
        }
        // A repeated assessment starts from the last one: the case worker changes what changed.
        if (Case!.LatestAssessment is { } last)
        {
            Input.Ratings = last.Ratings.ToDictionary(r => r.Item, r => r.Level);
            Input.WantsSkillsCertification = last.WantsSkillsCertification;
            Input.Occupations = last.Occupations.Select(o => new RecordAssessment.OccupationInput { IscoCode = o.IscoCode, Period = o.Period, Years = o.Years, Notes = o.Notes }).ToList();
        }
        return Page();
    }

    public Task<IActionResult> OnPostAsync([FromForm(Name = "Input")] RecordAssessment.Input input, CancellationToken ct)
    {
        // Empty occupation rows of the form are not occupations.
        input.Occupations = input.Occupations.Where(o => !string.IsNullOrWhiteSpace(o.IscoCode) || o.Years is not null || !string.IsNullOrWhiteSpace(o.Notes)).ToList();
        Input = input;
        return ChangeAsync(async () => await assessments.RecordAsync(Id, input, ct) is not null, "Assessment.Recorded", "Input", $"/Cases/{Id}", ct);
    }
}
