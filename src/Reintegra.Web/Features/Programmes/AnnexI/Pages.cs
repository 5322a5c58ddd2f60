using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Programmes.AnnexI;

/// <summary>The Annex I form: a focal point shares a challenge or a good practice of its member state or organisation.</summary>
[Authorize(Policy = Policies.SubmitEntries)]
public sealed class NewModel(ManagePractices practices, ManageProgrammes programmes, CurrentUser me, IStringLocalizer<ProgrammesText> text) : CataloguePage
{
    [BindProperty]
    public ManagePractices.PracticeInput Input { get; set; } = new() { Language = "es" };

    public IReadOnlyList<(Guid Id, string Title)> Programmes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Programmes = await programmes.ChoicesAsync(me.InstitutionId, includePublished: true, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ManagePractices.PracticeView? created = null;
        if (!await SaveAsync(async () => created = await practices.CreateAsync(Input, ct)))
        {
            Programmes = await programmes.ChoicesAsync(me.InstitutionId, includePublished: true, ct);
            return Page();
        }
        TempData["Flash"] = text["AnnexI.Created"].Value;
        return Redirect($"/Programmes/AnnexI/{created!.Id}");
    }
}

/// <summary>Edit an Annex I entry: its institution's focal points, or the secretariat once submitted.</summary>
[Authorize(Policy = Policies.ManageCatalogue)]
public sealed class EditModel(ManagePractices practices, ManageProgrammes programmes, IStringLocalizer<ProgrammesText> text) : CataloguePage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ManagePractices.PracticeInput Input { get; set; } = new();

    public ManagePractices.PracticeView? Current { get; private set; }

    public IReadOnlyList<(Guid Id, string Title)> Programmes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Input = EntryForms.ToInput(Current!.Working, Current.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ManagePractices.PracticeView? updated = null;
        if (!await SaveAsync(async () => updated = await practices.UpdateAsync(Id, Input, ct)))
        {
            return await LoadAsync(ct) ? Page() : NotFound();
        }
        if (updated is null)
        {
            return NotFound();
        }
        TempData["Flash"] = text["Form.Saved", updated.Working.Entry.Number].Value;
        return Redirect($"/Programmes/AnnexI/{Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Current = await practices.GetAsync(Id, ct);
        if (Current is null)
        {
            return false;
        }
        // The entry's own institution's programmes, whoever edits it.
        var institution = await practices.OwnerAsync(Id, ct);
        Programmes = await programmes.ChoicesAsync(institution, includePublished: true, ct);
        return true;
    }
}

[Authorize(Policy = Policies.ManageCatalogue)]
public sealed class DetailsModel(ManagePractices practices, ReviewEntries review, IStringLocalizer<ProgrammesText> text) : CataloguePage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ReviewEntries.ReviewInput Review { get; set; } = new();

    public ManagePractices.PracticeView Practice { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => StepAsync(ReviewEntries.Step.Submit, "Review.SubmittedDone", ct);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) => StepAsync(ReviewEntries.Step.Publish, "Review.PublishedDone", ct);

    public Task<IActionResult> OnPostRequestChangesAsync(CancellationToken ct) => StepAsync(ReviewEntries.Step.RequestChanges, "Review.ReturnedDone", ct);

    private async Task<IActionResult> StepAsync(ReviewEntries.Step step, string done, CancellationToken ct)
    {
        var found = true;
        if (await SaveAsync(async () => found = await review.PracticeAsync(Id, step, Review, ct), "Review"))
        {
            if (!found)
            {
                return NotFound();
            }
            TempData["Flash"] = text[done].Value;
            return Redirect($"/Programmes/AnnexI/{Id}");
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await practices.GetAsync(Id, ct) is not { } practice)
        {
            return false;
        }
        Practice = practice;
        return true;
    }
}
