using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Programmes.Registry;

/// <summary>A programme being written or reviewed: its working version, its versions, the review, its outcomes.</summary>
[Authorize(Policy = Policies.ManageCatalogue)]
public sealed class DetailsModel(ManageProgrammes programmes, ReviewEntries review, ProgrammeOutcomes outcomes, IStringLocalizer<ProgrammesText> text) : CataloguePage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ReviewEntries.ReviewInput Review { get; set; } = new();

    public ManageProgrammes.ProgrammeView Programme { get; private set; } = null!;

    public ProgrammeOutcomes.Outcomes Outcomes { get; private set; } = null!;

    public bool HasLinkedSources => outcomes.HasLinkedSources;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => StepAsync(ReviewEntries.Step.Submit, "Review.SubmittedDone", ct);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) => StepAsync(ReviewEntries.Step.Publish, "Review.PublishedDone", ct);

    public Task<IActionResult> OnPostRequestChangesAsync(CancellationToken ct) => StepAsync(ReviewEntries.Step.RequestChanges, "Review.ReturnedDone", ct);

    private async Task<IActionResult> StepAsync(ReviewEntries.Step step, string done, CancellationToken ct)
    {
        var found = true;
        if (await SaveAsync(async () => found = await review.ProgrammeAsync(Id, step, Review, ct), "Review"))
        {
            if (!found)
            {
                return NotFound();
            }
            TempData["Flash"] = text[done].Value;
            return Redirect($"/Programmes/Registry/{Id}");
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await programmes.GetAsync(Id, ct) is not { } programme)
        {
            return false;
        }
        Programme = programme;
        Outcomes = await outcomes.ForAsync(Id, forPublic: false, ct);
        return true;
    }
}
