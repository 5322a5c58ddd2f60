using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Cases;

namespace Reintegra.Web.Features.FollowUp;

/// <summary>The survey form: every question of the spec in use, with "don't know" and "refused".</summary>
[Authorize(Policy = Policies.Cases)]
public sealed class SurveyModel(CaseView view, RecordSurvey record, RssSpecs specs, IStringLocalizer<FollowUpText> text) : CasePageModel(view)
{
    public RecordSurvey.Input Input { get; private set; } = new();

    public RssSpecs Specs { get; } = specs;

    public bool IsChild => Case?.Person.IsChild == true;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadCaseAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Input")] RecordSurvey.Input input, CancellationToken ct)
    {
        Input = input;
        RecordSurvey.Result? result = null;
        if (await RunAsync(async () => result = await record.RecordAsync(Id, input, ct), "Input"))
        {
            if (result is null)
            {
                return NotFound();
            }
            TempData["Flash"] = text[result.Scored ? "Survey.Recorded" : "Survey.RecordedUnscored"].Value;
            return Redirect($"/Cases/{Id}/FollowUp");
        }
        return await LoadCaseAsync(ct) ? Page() : NotFound();
    }
}
