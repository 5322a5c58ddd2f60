using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Employment;

/// <summary>A vacancy seen by a case worker: the best candidates among the institution's cases, and putting one forward.</summary>
[Authorize(Policy = Policies.Cases)]
public sealed class OpeningModel(ManageVacancies vacancies, MatchJobs matches, Placements placements, IStringLocalizer<EmploymentText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ManageVacancies.Details? Vacancy { get; private set; }

    public IReadOnlyList<MatchJobs.CandidateMatch> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPutForwardAsync(Guid caseId, [FromForm(Name = "Input")] Placements.PutForwardInput input, CancellationToken ct)
    {
        input.VacancyId = Id;
        Guid? placement = null;
        if (await RunAsync(async () => placement = await placements.PutForwardAsync(caseId, input, ct)))
        {
            if (placement is null)
            {
                return NotFound();
            }
            TempData["Flash"] = text["PutForward.Done"].Value;
            return Redirect($"/Employment/Openings/{Id}");
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Vacancy = await vacancies.GetAnyAsync(Id, ct);
        if (Vacancy is null)
        {
            return false;
        }
        Candidates = await matches.ForCaseWorkerAsync(Id, ct) ?? [];
        return true;
    }
}
