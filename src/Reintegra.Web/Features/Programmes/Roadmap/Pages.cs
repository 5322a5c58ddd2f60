using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Programmes.Roadmap;

/// <summary>The roadmap, signed-in side: every recommendation for the secretariat, the published ones for focal points.</summary>
[Authorize(Policy = Policies.ReportProgress)]
public sealed class IndexModel(ManageRoadmap roadmap) : CataloguePage
{
    public IReadOnlyList<ManageRoadmap.RecommendationView> Recommendations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Recommendations = await roadmap.ListAsync(ct);
}

[Authorize(Policy = Policies.ManageRoadmap)]
public sealed class NewModel(ManageRoadmap roadmap, IStringLocalizer<ProgrammesText> text) : CataloguePage
{
    [BindProperty]
    public ManageRoadmap.RecommendationInput Input { get; set; } = new() { Language = "es" };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ManageRoadmap.RecommendationView? created = null;
        if (!await SaveAsync(async () => created = await roadmap.CreateAsync(Input, ct)))
        {
            return Page();
        }
        TempData["Flash"] = text["Roadmap.Created"].Value;
        return Redirect($"/Programmes/Roadmap/{created!.Id}");
    }
}

[Authorize(Policy = Policies.ManageRoadmap)]
public sealed class EditModel(ManageRoadmap roadmap, IStringLocalizer<ProgrammesText> text) : CataloguePage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ManageRoadmap.RecommendationInput Input { get; set; } = new();

    public ManageRoadmap.RecommendationView? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Current = await roadmap.GetAsync(Id, ct);
        if (Current is null)
        {
            return NotFound();
        }
        Input = EntryForms.ToInput(Current.Working, Current.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ManageRoadmap.RecommendationView? updated = null;
        if (!await SaveAsync(async () => updated = await roadmap.UpdateAsync(Id, Input, ct)))
        {
            Current = await roadmap.GetAsync(Id, ct);
            return Current is null ? NotFound() : Page();
        }
        if (updated is null)
        {
            return NotFound();
        }
        TempData["Flash"] = text["Form.Saved", updated.Working.Entry.Number].Value;
        return Redirect($"/Programmes/Roadmap/{Id}");
    }
}

/// <summary>A recommendation: publish it (secretariat), report progress (secretariat or a responsible country), see its history.</summary>
[Authorize(Policy = Policies.ReportProgress)]
public sealed class DetailsModel(ManageRoadmap roadmap, LocalTime time, IStringLocalizer<ProgrammesText> text) : CataloguePage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ManageRoadmap.ProgressInput Progress { get; set; } = new();

    public ManageRoadmap.RecommendationView Recommendation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Progress.ReportedOn = time.Today;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostPublishAsync(int? version, CancellationToken ct)
    {
        var found = true;
        if (await SaveAsync(async () => found = await roadmap.PublishAsync(Id, version, ct), ""))
        {
            if (!found)
            {
                return NotFound();
            }
            TempData["Flash"] = text["Review.PublishedDone"].Value;
            return Redirect($"/Programmes/Roadmap/{Id}");
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostProgressAsync(CancellationToken ct)
    {
        ManageRoadmap.ProgressView? reported = null;
        var saved = await SaveAsync(async () => reported = await roadmap.ReportProgressAsync(Id, Progress, ct), "Progress");
        if (saved && reported is not null)
        {
            TempData["Flash"] = text["Roadmap.ProgressSaved"].Value;
            return Redirect($"/Programmes/Roadmap/{Id}");
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await roadmap.GetAsync(Id, ct) is not { } recommendation)
        {
            return false;
        }
        Recommendation = recommendation;
        return true;
    }
}
