using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Employment;

/// <summary>One of the employer's vacancies: anonymous candidates, the people put forward and their outcome.</summary>
[Authorize(Policy = Policies.PublishVacancies)]
public sealed class VacancyModel(ManageVacancies vacancies, MatchJobs matches, Placements placements, IStringLocalizer<EmploymentText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ManageVacancies.Details? Vacancy { get; private set; }

    public IReadOnlyList<MatchJobs.CandidateMatch> Candidates { get; private set; } = [];

    public IReadOnlyList<Placements.EmployerView> PutForward { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostHireAsync(Guid placementId, [FromForm(Name = "Hire")] Placements.HireInput input, CancellationToken ct) =>
        ChangeAsync(() => placements.HireAsync(placementId, input, ct), "Placement.HireRecorded", "Hire", ct);

    public Task<IActionResult> OnPostNotHiredAsync(Guid placementId, [FromForm(Name = "NotHired")] Placements.NotHiredInput input, CancellationToken ct) =>
        ChangeAsync(() => placements.NotHiredAsync(placementId, input, ct), "Placement.NotHiredRecorded", "NotHired", ct);

    public Task<IActionResult> OnPostCloseAsync([FromForm(Name = "Close")] ManageVacancies.CloseInput input, CancellationToken ct) =>
        ChangeAsync(() => vacancies.CloseAsync(Id, input, ct), "Vacancy.Closed", "Close", ct);

    private async Task<IActionResult> ChangeAsync(Func<Task<bool>> change, string doneKey, string prefix, CancellationToken ct)
    {
        var found = true;
        if (await RunAsync(async () => found = await change(), prefix))
        {
            if (!found)
            {
                return NotFound();
            }
            TempData["Flash"] = text[doneKey].Value;
            return Redirect($"/Employment/Vacancies/{Id}");
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Vacancy = await vacancies.GetMineAsync(Id, ct);
        if (Vacancy is null)
        {
            return false;
        }
        Candidates = await matches.ForEmployerAsync(Id, ct) ?? [];
        PutForward = await placements.ForEmployerAsync(Id, ct);
        return true;
    }
}
